//go:build ignore

package main

// Mutant: returns the first index followed by a smaller value, and 0 when the
// array never descends (the peak is then the last index, not the first).
func findPeakElement(nums []int) int {
	for i := 0; i+1 < len(nums); i++ {
		if nums[i] > nums[i+1] {
			return i
		}
	}
	return 0
}
