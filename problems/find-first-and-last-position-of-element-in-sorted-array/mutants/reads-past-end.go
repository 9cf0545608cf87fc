//go:build ignore

package main

// Mutant: checks nums[first] == target without checking first < len(nums),
// so a target above every element (or an empty array) panics.
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
	first := bound(target)
	if nums[first] != target {
		return []int{-1, -1}
	}
	return []int{first, bound(target+1) - 1}
}
