//go:build ignore

package main

// sortColors is the Dutch national flag partition, in one pass: everything
// before lo is 0, everything from lo to mid-1 is 1, everything after hi is 2,
// and mid..hi is still unseen. A value swapped in from hi has not been looked
// at yet, so mid stays put after that swap.
func sortColors(nums []int) {
	lo, mid, hi := 0, 0, len(nums)-1
	for mid <= hi {
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
