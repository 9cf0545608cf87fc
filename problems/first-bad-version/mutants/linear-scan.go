//go:build ignore

package main

// Mutant: asks about every version from 1 upwards and stops at the first
// bad one. Right, but O(n): about 2*10^9 calls when n is 2^31 - 1 and the
// bad version is near the end.
// verdict: time_limit_exceeded
func firstBadVersion(n int) int {
	for v := 1; v < n; v++ {
		if isBadVersion(v) {
			return v
		}
	}
	return n
}
