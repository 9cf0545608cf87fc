//go:build ignore

package main

// UndergroundSystem writes every event down in order. An average replays
// the whole log: each check-out is paired with the latest earlier check-in
// of the same rider, and the trips between the two stations are averaged.
type UndergroundSystem struct {
	events []bruteEvent
}

type bruteEvent struct {
	in      bool
	id, t   int
	station string
}

func Constructor() UndergroundSystem {
	return UndergroundSystem{}
}

func (this *UndergroundSystem) CheckIn(id int, stationName string, t int) {
	this.events = append(this.events, bruteEvent{true, id, t, stationName})
}

func (this *UndergroundSystem) CheckOut(id int, stationName string, t int) {
	this.events = append(this.events, bruteEvent{false, id, t, stationName})
}

func (this *UndergroundSystem) GetAverageTime(startStation string, endStation string) float64 {
	var sum, n float64
	for i, out := range this.events {
		if out.in || out.station != endStation {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			in := this.events[j]
			if in.in && in.id == out.id {
				if in.station == startStation {
					sum += float64(out.t - in.t)
					n++
				}
				break
			}
		}
	}
	return sum / n
}
