//go:build ignore

package main

// Mutant: records a rider's check-in only when none is stored yet and never
// removes it at check-out, so every later ride by the same card is timed
// from the rider's very first check-in.
type UndergroundSystem struct {
	open   map[int]checkIn
	totals map[[2]string][2]int
}

type checkIn struct {
	station string
	t       int
}

func Constructor() UndergroundSystem {
	return UndergroundSystem{open: map[int]checkIn{}, totals: map[[2]string][2]int{}}
}

func (this *UndergroundSystem) CheckIn(id int, stationName string, t int) {
	if _, ok := this.open[id]; !ok {
		this.open[id] = checkIn{stationName, t}
	}
}

func (this *UndergroundSystem) CheckOut(id int, stationName string, t int) {
	in := this.open[id]
	k := [2]string{in.station, stationName}
	tot := this.totals[k]
	this.totals[k] = [2]int{tot[0] + t - in.t, tot[1] + 1}
}

func (this *UndergroundSystem) GetAverageTime(startStation string, endStation string) float64 {
	tot := this.totals[[2]string{startStation, endStation}]
	return float64(tot[0]) / float64(tot[1])
}
