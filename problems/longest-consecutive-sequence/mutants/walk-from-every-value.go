//go:build ignore

package main

// Mutant: walks upward from every value, not only from run starts, so a run
// of n values costs n^2/2 lookups.
// verdict: time_limit_exceeded
func longestConsecutive(nums []int) int {
	set := make(map[int]bool, len(nums))
	for _, v := range nums {
		set[v] = true
	}
	best := 0
	for _, v := range nums {
		k := 1
		for set[v+k] {
			k++
		}
		best = max(best, k)
	}
	return best
}
