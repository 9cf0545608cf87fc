//go:build ignore

package main

// Mutant: computes the lower and upper bounds but never checks that the
// target is present, returning [k, k-1] instead of [-1, -1] when it is not.
func searchRange(nums []int, target int) []int {
	bound := func(x int) int {
		lo, hi := 0, len(nums)
		for lo < hi {
			mid := (lo + hi) / 2
			if nums[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
	return []int{bound(target), bound(target+1) - 1}
}
