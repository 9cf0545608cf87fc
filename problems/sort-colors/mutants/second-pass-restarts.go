//go:build ignore

package main

// Mutant: two passes that swap 0s, then 1s, to the front; the second pass
// restarts its write position at index 0 and swaps 1s over the 0s.
func sortColors(nums []int) {
	w := 0
	for i, v := range nums {
		if v == 0 {
			nums[w], nums[i] = nums[i], nums[w]
			w++
		}
	}
	w = 0
	for i, v := range nums {
		if v == 1 {
			nums[w], nums[i] = nums[i], nums[w]
			w++
		}
	}
}
