//go:build ignore

package main

import "sort"

// Mutant: searches for the first tail strictly greater than the value, which
// lets equal values extend a subsequence (longest non-decreasing instead of
// strictly increasing).
func lengthOfLIS(nums []int) int {
	tails := []int{}
	for _, v := range nums {
		i := sort.SearchInts(tails, v+1)
		if i == len(tails) {
			tails = append(tails, v)
		} else {
			tails[i] = v
		}
	}
	return len(tails)
}
