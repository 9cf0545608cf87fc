//go:build ignore

package main

// maxProduct multiplies out every run nums[i..j], extending each start one
// element at a time, and keeps the largest product seen.
func maxProduct(nums []int) int {
	best := nums[0]
	for i := range nums {
		p := 1
		for j := i; j < len(nums); j++ {
			p *= nums[j]
			if p > best {
				best = p
			}
		}
	}
	return best
}
