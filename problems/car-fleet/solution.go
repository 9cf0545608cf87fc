//go:build ignore

package main

import "sort"

// carFleet visits the cars from the one nearest the target backwards. A car
// whose solo arrival time is later than that of the fleet ahead can never
// catch it and leads a new fleet; otherwise it merges. Times are compared
// as fractions dist/speed by cross-multiplying, so no rounding creeps in.
func carFleet(target int, position []int, speed []int) int {
	order := make([]int, len(position))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return position[order[a]] > position[order[b]] })
	fleets := 0
	leadDist, leadSpeed := 0, 1 // arrival time of the last fleet: leadDist/leadSpeed
	for _, i := range order {
		dist := target - position[i]
		if dist*leadSpeed > leadDist*speed[i] { // dist/speed[i] > leadDist/leadSpeed
			fleets++
			leadDist, leadSpeed = dist, speed[i]
		}
	}
	return fleets
}
