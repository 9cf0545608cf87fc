//go:build ignore

package main

// Mutant: two pointers from both ends swap each zero with the last non-zero
// value. Zeros end up at the back, but the non-zero values lose their order.
func moveZeroes(nums []int) {
	i, j := 0, len(nums)-1
	for i < j {
		switch {
		case nums[j] == 0:
			j--
		case nums[i] != 0:
			i++
		default:
			nums[i], nums[j] = nums[j], nums[i]
			i++
			j--
		}
	}
}
