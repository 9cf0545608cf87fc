//go:build ignore

package main

import "sort"

// Mutant: sorts once and then folds the stones in that order, smashing the
// running leftover into the next stone, never putting the leftover back in
// its place among the others.
func lastStoneWeight(stones []int) int {
	s := append([]int(nil), stones...)
	sort.Sort(sort.Reverse(sort.IntSlice(s)))
	left := s[0]
	for _, w := range s[1:] {
		left = max(left, w) - min(left, w)
	}
	return left
}
