//go:build ignore

package main

// validPalindrome moves two indices inward while the ends match. At the first
// mismatch one of those two letters must be the deleted one, so it checks
// whether either remaining middle part is a palindrome. O(n) time, O(1) space.
func validPalindrome(s string) bool {
	i, j := 0, len(s)-1
	for i < j && s[i] == s[j] {
		i++
		j--
	}
	return i >= j || isPal(s, i+1, j) || isPal(s, i, j-1)
}

// isPal reports whether s[i..j] (inclusive) reads the same both ways.
func isPal(s string, i, j int) bool {
	for i < j {
		if s[i] != s[j] {
			return false
		}
		i++
		j--
	}
	return true
}
