//go:build ignore

package main

import "math/rand/v2"

// findKthLargest is quickselect: it looks for the element that belongs at
// index len(nums)-k in ascending order. Each round partitions the current
// range three ways around a random pivot (smaller, equal, larger) and keeps
// only the part holding that index, so runs of equal values cost one round:
// O(n) on average.
func findKthLargest(nums []int, k int) int {
	target := len(nums) - k
	lo, hi := 0, len(nums)-1
	for {
		pivot := nums[lo+rand.IntN(hi-lo+1)]
		// [lo,lt) < pivot, [lt,i) == pivot, (gt,hi] > pivot.
		lt, i, gt := lo, lo, hi
		for i <= gt {
			switch {
			case nums[i] < pivot:
				nums[lt], nums[i] = nums[i], nums[lt]
				lt++
				i++
			case nums[i] > pivot:
				nums[i], nums[gt] = nums[gt], nums[i]
				gt--
			default:
				i++
			}
		}
		switch {
		case target < lt:
			hi = lt - 1
		case target > gt:
			lo = gt + 1
		default:
			return pivot
		}
	}
}
