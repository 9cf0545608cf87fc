//go:build ignore

package main

// Mutant: a half-open search (lo < hi) that moves hi to mid - 1 on a bad
// mid, throwing away mid although it may be the first bad version itself;
// it then answers a good version.
// verdict: wrong_answer
func firstBadVersion(n int) int {
	lo, hi := 1, n
	for lo < hi {
		mid := lo + (hi-lo)/2
		if isBadVersion(mid) {
			hi = mid - 1
		} else {
			lo = mid + 1
		}
	}
	return lo
}
