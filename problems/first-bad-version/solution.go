//go:build ignore

package main

// firstBadVersion keeps the first bad version inside [lo, hi] and halves
// the range with each question: a bad mid may itself be the first, so hi
// moves onto it; a good mid rules itself out, so lo moves past it. When
// the range holds one version, that version is the answer.
func firstBadVersion(n int) int {
	lo, hi := 1, n
	for lo < hi {
		mid := lo + (hi-lo)/2
		if isBadVersion(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
