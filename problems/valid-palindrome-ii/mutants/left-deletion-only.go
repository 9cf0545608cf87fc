//go:build ignore

package main

// Mutant: at the first mismatch only tries deleting the left letter, never
// the right one ("bcba" needs the final "a" removed).
func validPalindrome(s string) bool {
	isPal := func(a, b int) bool {
		for a < b {
			if s[a] != s[b] {
				return false
			}
			a++
			b--
		}
		return true
	}
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return isPal(i+1, j)
		}
	}
	return true
}
