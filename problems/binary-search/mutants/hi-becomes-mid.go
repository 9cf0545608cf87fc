//go:build ignore

package main

// Mutant: loops while lo <= hi but shrinks the right end with hi = mid, so
// once lo == hi and the target is smaller than nums[lo], nothing changes and
// the loop never ends.
// verdict: time_limit_exceeded
func search(nums []int, target int) int {
	lo, hi := 0, len(nums)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		if nums[mid] == target {
			return mid
		} else if nums[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return -1
}
