//go:build ignore

package main

// Mutant: recursion that takes one digit or two from the front without
// memoization; it walks every decoding, and every dead end, one by one.
// verdict: time_limit_exceeded
func numDecodings(s string) int {
	if s == "" {
		return 1
	}
	if s[0] == '0' {
		return 0
	}
	ways := numDecodings(s[1:])
	if len(s) >= 2 && (s[0] == '1' || s[0] == '2' && s[1] <= '6') {
		ways += numDecodings(s[2:])
	}
	return ways
}
