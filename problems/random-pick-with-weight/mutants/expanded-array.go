//go:build ignore

package main

import "math/rand/v2"

// Mutant: writes index i into a slice w[i] times and picks a uniform entry.
// The picks are right, but the slice has sum(w) entries, up to 10^9 (8 GB):
// far past the memory limit.
// verdict: memory_limit_exceeded
type Solution struct {
	slots []int
}

func Constructor(w []int) Solution {
	var slots []int
	for i, x := range w {
		for range x {
			slots = append(slots, i)
		}
	}
	return Solution{slots: slots}
}

func (this *Solution) PickIndex() int {
	return this.slots[rand.IntN(len(this.slots))]
}
