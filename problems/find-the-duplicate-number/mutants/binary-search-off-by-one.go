//go:build ignore

package main

// Mutant: binary search over values that compares the count of values <= mid
// with mid - 1 instead of mid, so it discards the half holding the duplicate.
func findDuplicate(nums []int) int {
	lo, hi := 1, len(nums)-1
	for lo < hi {
		mid := (lo + hi) / 2
		count := 0
		for _, v := range nums {
			if v <= mid {
				count++
			}
		}
		if count > mid-1 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
