//go:build ignore

package main

// longestOnes slides a window over nums that never holds more than k zeros:
// the right end advances one step at a time, and whenever the window has one
// zero too many, the left end moves past the earliest zero.
func longestOnes(nums []int, k int) int {
	best, zeros, left := 0, 0, 0
	for right, v := range nums {
		if v == 0 {
			zeros++
		}
		for zeros > k {
			if nums[left] == 0 {
				zeros--
			}
			left++
		}
		best = max(best, right-left+1)
	}
	return best
}
