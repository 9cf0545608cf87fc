//go:build ignore

package main

// findMin looks at every element.
func findMin(nums []int) int {
	best := nums[0]
	for _, v := range nums {
		if v < best {
			best = v
		}
	}
	return best
}
