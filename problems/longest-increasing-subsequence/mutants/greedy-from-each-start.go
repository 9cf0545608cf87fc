//go:build ignore

package main

// Mutant: from every starting index, greedily takes each later value larger
// than the last one taken; an early large value blocks a longer run.
func lengthOfLIS(nums []int) int {
	best := 0
	for s := range nums {
		last, count := nums[s], 1
		for _, v := range nums[s+1:] {
			if v > last {
				last, count = v, count+1
			}
		}
		best = max(best, count)
	}
	return best
}
