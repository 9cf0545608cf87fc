//go:build ignore

package main

// Mutant: greedy, repeatedly robbing the richest house whose neighbours are
// still untouched; a rich house can block two neighbours worth more.
func rob(nums []int) int {
	n := len(nums)
	blocked := make([]bool, n)
	total := 0
	for {
		best := -1
		for i, v := range nums {
			if !blocked[i] && (best < 0 || v > nums[best]) {
				best = i
			}
		}
		if best < 0 {
			return total
		}
		total += nums[best]
		blocked[best] = true
		if best > 0 {
			blocked[best-1] = true
		}
		if best < n-1 {
			blocked[best+1] = true
		}
	}
}
