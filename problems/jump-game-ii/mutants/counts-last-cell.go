//go:build ignore

package main

// Mutant: scans the last cell too, so a window that ends exactly on it
// counts one jump too many (and a one-cell track needs a jump).
func jump(nums []int) int {
	jumps, windowEnd, furthest := 0, 0, 0
	for i := 0; i < len(nums); i++ {
		furthest = max(furthest, i+nums[i])
		if i == windowEnd {
			jumps++
			windowEnd = furthest
		}
	}
	return jumps
}
