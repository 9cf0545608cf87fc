//go:build ignore

package main

// countSubstrings expands outward from each of the 2n-1 centres (every
// character, and every gap between two neighbours); each step that keeps
// both ends equal is one more palindrome with that centre.
func countSubstrings(s string) int {
	count := 0
	for c := 0; c < 2*len(s)-1; c++ {
		l, r := c/2, (c+1)/2 // l == r: odd lengths; r == l+1: even lengths
		for l >= 0 && r < len(s) && s[l] == s[r] {
			count++
			l--
			r++
		}
	}
	return count
}
