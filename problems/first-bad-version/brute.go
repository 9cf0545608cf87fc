//go:build ignore

package main

// firstBadVersion asks about every version from the first on and returns
// the first one that is bad. (Only run on the hand-written tests, where
// the bad version is never far from 1 or the answer is asked of a small n.)
func firstBadVersion(n int) int {
	for v := 1; v <= n; v++ {
		if isBadVersion(v) {
			return v
		}
	}
	return n
}
