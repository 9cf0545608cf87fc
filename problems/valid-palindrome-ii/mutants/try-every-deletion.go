//go:build ignore

package main

// Mutant: checks the string itself, then rebuilds and rechecks it without
// each position in turn: O(n^2) when no deletion works.
// verdict: time_limit_exceeded
func validPalindrome(s string) bool {
	isPal := func(t string) bool {
		for i, j := 0, len(t)-1; i < j; i, j = i+1, j-1 {
			if t[i] != t[j] {
				return false
			}
		}
		return true
	}
	if isPal(s) {
		return true
	}
	for k := 0; k < len(s); k++ {
		if isPal(s[:k] + s[k+1:]) {
			return true
		}
	}
	return false
}
