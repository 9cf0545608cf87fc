//go:build ignore

package main

// Mutant: the expansion loop guards with l > 0 instead of l >= 0, so no
// palindrome ever includes the first character of s.
func longestPalindrome(s string) string {
	start, length := 0, 0
	for c := 0; c < 2*len(s)-1; c++ {
		l, r := c/2, (c+1)/2
		for l > 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		if r-l-1 > length {
			start, length = l+1, r-l-1
		}
	}
	return s[start : start+length]
}
