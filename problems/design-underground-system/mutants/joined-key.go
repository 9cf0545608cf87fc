//go:build ignore

package main

// Mutant: keys each route by the two station names joined with nothing in
// between, so "A" to "BC" and "AB" to "C" share one total.
type UndergroundSystem struct {
	open  map[int]checkIn
	sum   map[string]int
	trips map[string]int
}

type checkIn struct {
	station string
	t       int
}

func Constructor() UndergroundSystem {
	return UndergroundSystem{open: map[int]checkIn{}, sum: map[string]int{}, trips: map[string]int{}}
}

func (this *UndergroundSystem) CheckIn(id int, stationName string, t int) {
	this.open[id] = checkIn{stationName, t}
}

func (this *UndergroundSystem) CheckOut(id int, stationName string, t int) {
	in := this.open[id]
	delete(this.open, id)
	k := in.station + stationName
	this.sum[k] += t - in.t
	this.trips[k]++
}

func (this *UndergroundSystem) GetAverageTime(startStation string, endStation string) float64 {
	k := startStation + endStation
	return float64(this.sum[k]) / float64(this.trips[k])
}
