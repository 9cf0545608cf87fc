//go:build ignore

package main

func firstBad(n int) int {
	lo, hi := 1, n
	for lo < hi {
		mid := lo + (hi-lo)/2
		if isBad(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
