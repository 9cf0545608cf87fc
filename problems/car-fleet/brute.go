//go:build ignore

package main

import "math/big"

// carFleet computes, for every car, when it really arrives: the latest solo
// arrival time among itself and all cars in front of it (any of those slows
// it down). Cars that really arrive at the same moment form one fleet, so
// the answer is the number of distinct real arrival times.
func carFleet(target int, position []int, speed []int) int {
	n := len(position)
	solo := make([]*big.Rat, n)
	for i := range n {
		solo[i] = big.NewRat(int64(target-position[i]), int64(speed[i]))
	}
	var distinct []*big.Rat
	for i := range n {
		real := solo[i]
		for j := range n {
			if position[j] > position[i] && solo[j].Cmp(real) > 0 {
				real = solo[j]
			}
		}
		seen := false
		for _, t := range distinct {
			if t.Cmp(real) == 0 {
				seen = true
			}
		}
		if !seen {
			distinct = append(distinct, real)
		}
	}
	return len(distinct)
}
