//go:build ignore

package main

// searchRange runs two lower-bound binary searches: the first index holding a
// value >= target, and the first holding a value >= target+1. If the first
// one does not land on target, target is absent; otherwise the occurrences
// span from it up to just before the second.
func searchRange(nums []int, target int) []int {
	lowerBound := func(x int) int {
		lo, hi := 0, len(nums) // answer in [lo, hi]
		for lo < hi {
			mid := lo + (hi-lo)/2
			if nums[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
	first := lowerBound(target)
	if first == len(nums) || nums[first] != target {
		return []int{-1, -1}
	}
	return []int{first, lowerBound(target+1) - 1}
}
