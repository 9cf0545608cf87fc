//go:build ignore

package main

import "sort"

// Mutant: finds the rotation point, then searches [0, pivot) when target >=
// nums[0] and [pivot, n) otherwise; with no rotation the pivot is 0 and the
// first range is empty.
func search(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if nums[mid] > nums[hi] {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	pivot := lo
	from, to := pivot, len(nums)
	if target >= nums[0] {
		from, to = 0, pivot
	}
	i := from + sort.SearchInts(nums[from:to], target)
	if i < to && nums[i] == target {
		return i
	}
	return -1
}
