//go:build ignore

package main

import "math"

// findMedianSortedArrays binary-searches how many elements of the shorter
// array belong to the lower half of the union; the longer array supplies
// the rest. The split is right when each side's last left element is no
// larger than the other side's first right element.
func findMedianSortedArrays(nums1 []int, nums2 []int) float64 {
	a, b := nums1, nums2
	if len(a) > len(b) {
		a, b = b, a
	}
	m, n := len(a), len(b)
	half := (m + n + 1) / 2 // size of the lower half; it holds the median when m+n is odd
	lo, hi := 0, m
	for lo <= hi {
		i := lo + (hi-lo)/2 // elements taken from a
		j := half - i       // elements taken from b
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
	return 0 // unreachable for sorted input
}
