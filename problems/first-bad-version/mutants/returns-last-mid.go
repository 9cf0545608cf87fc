//go:build ignore

package main

// Mutant: the search is right, but it returns the last mid it asked about
// instead of where the range closed: wrong whenever that last question was
// answered "good", and 0 when n is 1 (the loop never runs).
// verdict: wrong_answer
func firstBadVersion(n int) int {
	lo, hi, mid := 1, n, 0
	for lo < hi {
		mid = lo + (hi-lo)/2
		if isBadVersion(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return mid
}
