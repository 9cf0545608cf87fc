//go:build ignore

package main

// verdict: wrong_answer
// Off by one: the last good version.
func firstBad(n int) int {
	for v := 1; v <= n; v++ {
		if isBad(v) {
			return v - 1
		}
	}
	return n
}
