//go:build ignore

package main

// Mutant: recursion that, when s[i..j] is not a palindrome, tries dropping
// its first or its last character, without memoization; the same ranges are
// solved again and again, about 2^n calls on a string with short palindromes.
// verdict: time_limit_exceeded
func longestPalindrome(s string) string {
	isPal := func(i, j int) bool {
		for ; i < j; i, j = i+1, j-1 {
			if s[i] != s[j] {
				return false
			}
		}
		return true
	}
	var best func(i, j int) string
	best = func(i, j int) string {
		if isPal(i, j) {
			return s[i : j+1]
		}
		a, b := best(i+1, j), best(i, j-1)
		if len(b) > len(a) {
			return b
		}
		return a
	}
	return best(0, len(s)-1)
}
