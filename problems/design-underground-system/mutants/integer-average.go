//go:build ignore

package main

// Mutant: divides the integer total by the integer count and only then
// converts to float64, so every average is truncated to a whole number.
//
// No time_limit_exceeded mutant: keeping every trip and averaging over all
// of them on each query costs at most about 5*10^7 steps at 2*10^4 calls,
// close to the time limit rather than reliably past it.
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
	this.open[id] = checkIn{stationName, t}
}

func (this *UndergroundSystem) CheckOut(id int, stationName string, t int) {
	in := this.open[id]
	k := [2]string{in.station, stationName}
	tot := this.totals[k]
	this.totals[k] = [2]int{tot[0] + t - in.t, tot[1] + 1}
}

func (this *UndergroundSystem) GetAverageTime(startStation string, endStation string) float64 {
	tot := this.totals[[2]string{startStation, endStation}]
	return float64(tot[0] / tot[1])
}
