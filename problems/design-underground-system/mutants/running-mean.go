//go:build ignore

package main

// Mutant: keeps one number per route and folds each new trip in as
// (mean + duration) / 2, which weighs the latest trip as much as all the
// earlier ones together.
type UndergroundSystem struct {
	open  map[int]checkIn
	means map[[2]string]float64
}

type checkIn struct {
	station string
	t       int
}

func Constructor() UndergroundSystem {
	return UndergroundSystem{open: map[int]checkIn{}, means: map[[2]string]float64{}}
}

func (this *UndergroundSystem) CheckIn(id int, stationName string, t int) {
	this.open[id] = checkIn{stationName, t}
}

func (this *UndergroundSystem) CheckOut(id int, stationName string, t int) {
	in := this.open[id]
	k := [2]string{in.station, stationName}
	d := float64(t - in.t)
	if m, ok := this.means[k]; ok {
		this.means[k] = (m + d) / 2
	} else {
		this.means[k] = d
	}
}

func (this *UndergroundSystem) GetAverageTime(startStation string, endStation string) float64 {
	return this.means[[2]string{startStation, endStation}]
}
