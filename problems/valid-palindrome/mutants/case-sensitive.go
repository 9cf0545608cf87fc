//go:build ignore

package main

// Mutant: skips punctuation correctly but compares letters without folding
// case, so "Aa" is rejected.
func isPalindrome(s string) bool {
	alnum := func(c byte) bool {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	i, j := 0, len(s)-1
	for i < j {
		for i < j && !alnum(s[i]) {
			i++
		}
		for i < j && !alnum(s[j]) {
			j--
		}
		if s[i] != s[j] {
			return false
		}
		i++
		j--
	}
	return true
}
