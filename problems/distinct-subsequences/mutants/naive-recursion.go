//go:build ignore

package main

// Mutant: recursion that skips or uses each letter of s without
// memoization; when t's last letter never appears it still tries every way
// to match the rest, exponentially many.
// verdict: time_limit_exceeded
func numDistinct(s string, t string) int {
	if t == "" {
		return 1
	}
	if len(s) < len(t) {
		return 0
	}
	count := numDistinct(s[1:], t)
	if s[0] == t[0] {
		count += numDistinct(s[1:], t[1:])
	}
	return count
}
