//go:build ignore

package main

import "sort"

// lengthOfLIS keeps tails[k], the smallest value that can end an increasing
// subsequence of length k+1 so far; tails stays sorted, so each value
// binary-searches the first tail not below it and replaces it (or extends
// tails). The answer is len(tails).
func lengthOfLIS(nums []int) int {
	tails := []int{}
	for _, v := range nums {
		i := sort.SearchInts(tails, v)
		if i == len(tails) {
			tails = append(tails, v)
		} else {
			tails[i] = v
		}
	}
	return len(tails)
}
