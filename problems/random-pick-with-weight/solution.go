//go:build ignore

package main

import (
	"math/rand/v2"
	"sort"
)

// Solution lays the weights end to end: prefix[i] is the total weight of
// indices 0..i, so index i owns the integers [prefix[i-1], prefix[i]) of
// [0, total). A pick draws r uniformly from [0, total) and binary-searches
// for the first prefix sum above r: index i comes up with probability
// w[i] / total.
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
	r := rand.IntN(this.prefix[len(this.prefix)-1])
	return sort.Search(len(this.prefix), func(i int) bool { return this.prefix[i] > r })
}
