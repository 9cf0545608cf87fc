//go:build ignore

package main

import (
	"math/rand/v2"
	"sort"
)

// Mutant: draws r from [0, total) but finds the first prefix sum >= r
// (sort.SearchInts) instead of > r: index i then owns
// (prefix[i-1], prefix[i]], so index 0 gets one value too many and the last
// one too few: a last index of weight 1 never comes up.
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
	return sort.SearchInts(this.prefix, rand.IntN(this.prefix[len(this.prefix)-1]))
}
