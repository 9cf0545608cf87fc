//go:build ignore

package main

// Mutant: expands only around single characters, so it never finds a
// palindrome of even length such as "abba".
func longestPalindrome(s string) string {
	start, length := 0, 0
	for c := range len(s) {
		l, r := c, c
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > length {
			start, length = l+1, r-l-1
		}
	}
	return s[start : start+length]
}
