//go:build ignore

package main

// Mutant: stores each route under its two station names in sorted order,
// which merges the trips from A to B with those from B to A.
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

func key(a, b string) [2]string {
	if a > b {
		a, b = b, a
	}
	return [2]string{a, b}
}

func (this *UndergroundSystem) CheckIn(id int, stationName string, t int) {
	this.open[id] = checkIn{stationName, t}
}

func (this *UndergroundSystem) CheckOut(id int, stationName string, t int) {
	in := this.open[id]
	k := key(in.station, stationName)
	tot := this.totals[k]
	this.totals[k] = [2]int{tot[0] + t - in.t, tot[1] + 1}
}

func (this *UndergroundSystem) GetAverageTime(startStation string, endStation string) float64 {
	tot := this.totals[key(startStation, endStation)]
	return float64(tot[0]) / float64(tot[1])
}
