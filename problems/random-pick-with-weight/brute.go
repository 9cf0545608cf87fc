//go:build ignore

package main

import "math/rand/v2"

// Solution keeps the weights and, on every pick, draws r from [0, total)
// and walks the weights from the left, subtracting each until r falls
// inside one.
type Solution struct {
	w     []int
	total int
}

func Constructor(w []int) Solution {
	total := 0
	for _, x := range w {
		total += x
	}
	return Solution{w: w, total: total}
}

func (this *Solution) PickIndex() int {
	r := rand.IntN(this.total)
	for i, x := range this.w {
		if r < x {
			return i
		}
		r -= x
	}
	return -1
}
