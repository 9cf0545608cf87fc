//go:build ignore

package main

// longestPalindrome grows a palindrome outward from each of the 2n-1
// possible centres (every character, and every gap between two neighbours)
// for as long as the characters on both sides match, and keeps the longest.
func longestPalindrome(s string) string {
	start, length := 0, 0
	for c := 0; c < 2*len(s)-1; c++ {
		l, r := c/2, (c+1)/2 // l == r for odd lengths, r == l+1 for even ones
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		// The palindrome is s[l+1:r], of length r-l-1.
		if r-l-1 > length {
			start, length = l+1, r-l-1
		}
	}
	return s[start : start+length]
}
