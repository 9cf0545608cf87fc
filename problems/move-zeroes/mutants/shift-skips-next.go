//go:build ignore

package main

// Mutant: on a zero, shifts the rest left and puts the zero at the end, then
// moves on to the next index, skipping the element just shifted into place:
// two zeros in a row leave one behind.
func moveZeroes(nums []int) {
	n := len(nums)
	for i := 0; i < n; i++ {
		if nums[i] == 0 {
			copy(nums[i:], nums[i+1:])
			nums[n-1] = 0
		}
	}
}
