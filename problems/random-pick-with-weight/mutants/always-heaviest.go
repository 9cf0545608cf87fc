//go:build ignore

package main

// Mutant: returns the index of the largest weight every time: the most
// likely answer of a single pick, but not a random pick at all.
type Solution struct {
	heaviest int
}

func Constructor(w []int) Solution {
	best := 0
	for i, x := range w {
		if x > w[best] {
			best = i
		}
	}
	return Solution{heaviest: best}
}

func (this *Solution) PickIndex() int {
	return this.heaviest
}
