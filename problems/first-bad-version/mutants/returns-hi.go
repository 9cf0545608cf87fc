//go:build ignore

package main

// Mutant: the closed-interval search (lo <= hi, both ends move past mid)
// is set up right, but it returns hi, which ends on the last good version,
// one before the answer (and 0 when every version is bad).
// verdict: wrong_answer
func firstBadVersion(n int) int {
	lo, hi := 1, n
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if isBadVersion(mid) {
			hi = mid - 1
		} else {
			lo = mid + 1
		}
	}
	return hi
}
