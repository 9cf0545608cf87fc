//go:build ignore

package main

// Mutant: mixes the two interval styles: loops while lo <= hi but keeps a
// bad mid with hi = mid. Once lo == hi on the first bad version, mid is
// that version again and nothing moves: the loop never ends. Expected
// verdict: time_limit_exceeded on every test; left undeclared, since a
// loop that never ends has no complexity class for the ladder to measure.
func firstBadVersion(n int) int {
	lo, hi := 1, n
	for lo <= hi {
		mid := lo + (hi-lo)/2
		if isBadVersion(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
