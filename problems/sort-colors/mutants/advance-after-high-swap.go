//go:build ignore

package main

// Mutant: Dutch flag partition that also advances mid after swapping a 2 to
// the back, so the value swapped in from the back is never examined.
func sortColors(nums []int) {
	lo, mid, hi := 0, 0, len(nums)-1
	for mid <= hi {
		switch nums[mid] {
		case 0:
			nums[lo], nums[mid] = nums[mid], nums[lo]
			lo++
		case 2:
			nums[mid], nums[hi] = nums[hi], nums[mid]
			hi--
		}
		mid++
	}
}
