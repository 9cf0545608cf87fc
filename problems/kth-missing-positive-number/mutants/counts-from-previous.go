//go:build ignore

package main

// Mutant: finds the first index with enough missing numbers, then counts on
// from the element before it; when that index is 0 there is no element
// before it and arr[-1] is read.
// verdict: runtime_error
func findKthPositive(arr []int, k int) int {
	lo, hi := 0, len(arr)
	for lo < hi {
		mid := lo + (hi-lo)/2
		if arr[mid]-mid-1 < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	prev := lo - 1
	return arr[prev] + k - (arr[prev] - prev - 1)
}
