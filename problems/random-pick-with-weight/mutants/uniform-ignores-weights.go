//go:build ignore

package main

import "math/rand/v2"

// Mutant: picks every index with the same probability, ignoring the
// weights.
type Solution struct {
	n int
}

func Constructor(w []int) Solution {
	return Solution{n: len(w)}
}

func (this *Solution) PickIndex() int {
	return rand.IntN(this.n)
}
