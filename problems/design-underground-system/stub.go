//go:build ignore

package main

type UndergroundSystem struct {
}

func Constructor() UndergroundSystem {
	return UndergroundSystem{}
}

func (this *UndergroundSystem) CheckIn(id int, stationName string, t int) {
}

func (this *UndergroundSystem) CheckOut(id int, stationName string, t int) {
}

func (this *UndergroundSystem) GetAverageTime(startStation string, endStation string) float64 {
	return 0
}

/**
 * Your UndergroundSystem object will be instantiated and called as such:
 * obj := Constructor();
 * obj.CheckIn(id,stationName,t);
 * obj.CheckOut(id,stationName,t);
 * param_3 := obj.GetAverageTime(startStation,endStation);
 */
