//go:build ignore

package main

// Mutant: an ordinary binary search that answers [mid, mid] as soon as it
// meets the target, ignoring the other copies around it.
func searchRange(nums []int, target int) []int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		if nums[mid] == target {
			return []int{mid, mid}
		} else if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid - 1
		}
	}
	return []int{-1, -1}
}
