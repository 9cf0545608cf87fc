//go:build ignore

package main

import (
	"math/rand/v2"
	"sort"
)

// Mutant: draws r from [1, total] but still looks for the first prefix sum
// > r (clamping the miss at r = total to the last index): index 0 loses a
// value and the last gains one, so a first index of weight 1 never comes
// up.
type Solution struct {
	prefix []int
}

func Constructor(w []int) Solution {
	prefix := make([]int, len(w))
	sum := 0
	for i, x := range w {
		sum += x
		prefix[i] = sum
	}
	return Solution{prefix: prefix}
}

func (this *Solution) PickIndex() int {
	r := rand.IntN(this.prefix[len(this.prefix)-1]) + 1
	i := sort.Search(len(this.prefix), func(i int) bool { return this.prefix[i] > r })
	return min(i, len(this.prefix)-1)
}
