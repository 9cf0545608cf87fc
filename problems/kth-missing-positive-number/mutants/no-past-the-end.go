//go:build ignore

package main

// Mutant: searches only indices 0..n-1, so when the answer lies beyond the
// last element the search stops one index short.
// (No time-limit mutant: at 1000 elements a linear walk, or even counting
// up to the answer, is far inside the limit.)
// verdict: wrong_answer
func findKthPositive(arr []int, k int) int {
	lo, hi := 0, len(arr)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if arr[mid]-mid-1 < k {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo + k
}
