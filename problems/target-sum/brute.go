//go:build ignore

package main

// findTargetSumWays tries all 2^n sign choices, one bit per number (a set
// bit is a minus), and counts those whose total is the target.
func findTargetSumWays(nums []int, target int) int {
	count := 0
	for mask := 0; mask < 1<<len(nums); mask++ {
		total := 0
		for i, v := range nums {
			if mask&(1<<i) != 0 {
				total -= v
			} else {
				total += v
			}
		}
		if total == target {
			count++
		}
	}
	return count
}
