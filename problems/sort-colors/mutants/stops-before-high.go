//go:build ignore

package main

// Mutant: loops while mid < hi instead of mid <= hi, leaving the last unseen
// element unexamined.
func sortColors(nums []int) {
	lo, mid, hi := 0, 0, len(nums)-1
	for mid < hi {
		switch nums[mid] {
		case 0:
			nums[lo], nums[mid] = nums[mid], nums[lo]
			lo++
			mid++
		case 1:
			mid++
		default:
			nums[mid], nums[hi] = nums[hi], nums[mid]
			hi--
		}
	}
}
