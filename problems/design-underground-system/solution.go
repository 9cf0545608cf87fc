//go:build ignore

package main

// UndergroundSystem remembers each rider's open check-in by id and, for
// every ordered (start, end) pair of stations, the total duration and the
// number of the trips completed on it. A check-out closes the rider's trip
// and adds it to its route; an average divides the two numbers.
type UndergroundSystem struct {
	open   map[int]ugCheckIn
	routes map[ugRoute]ugTotals
}

type ugCheckIn struct {
	station string
	t       int
}

type ugRoute struct {
	from, to string
}

type ugTotals struct {
	sum, trips int
}

func Constructor() UndergroundSystem {
	return UndergroundSystem{open: map[int]ugCheckIn{}, routes: map[ugRoute]ugTotals{}}
}

func (this *UndergroundSystem) CheckIn(id int, stationName string, t int) {
	this.open[id] = ugCheckIn{stationName, t}
}

func (this *UndergroundSystem) CheckOut(id int, stationName string, t int) {
	in := this.open[id]
	delete(this.open, id)
	r := ugRoute{in.station, stationName}
	tot := this.routes[r]
	tot.sum += t - in.t
	tot.trips++
	this.routes[r] = tot
}

func (this *UndergroundSystem) GetAverageTime(startStation string, endStation string) float64 {
	tot := this.routes[ugRoute{startStation, endStation}]
	return float64(tot.sum) / float64(tot.trips)
}
