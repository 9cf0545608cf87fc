//go:build ignore

package main

import "math"

// Mutant: sizes the lower half as (m+n)/2 but still reads an odd count's
// median from the lower half, which then ends one element short of it.
func findMedianSortedArrays(nums1 []int, nums2 []int) float64 {
	a, b := nums1, nums2
	if len(a) > len(b) {
		a, b = b, a
	}
	m, n := len(a), len(b)
	half := (m + n) / 2
	lo, hi := 0, m
	for lo <= hi {
		i := lo + (hi-lo)/2
		j := half - i
		aLeft, aRight := math.MinInt, math.MaxInt
		if i > 0 {
			aLeft = a[i-1]
		}
		if i < m {
			aRight = a[i]
		}
		bLeft, bRight := math.MinInt, math.MaxInt
		if j > 0 {
			bLeft = b[j-1]
		}
		if j < n {
			bRight = b[j]
		}
		switch {
		case aLeft > bRight:
			hi = i - 1
		case bLeft > aRight:
			lo = i + 1
		default:
			left := max(aLeft, bLeft)
			if (m+n)%2 == 1 {
				return float64(left)
			}
			return float64(left+min(aRight, bRight)) / 2
		}
	}
	return 0
}
