//go:build ignore

package main

// Mutant: collects the palindromes in a set of strings, so the same text at
// two positions is counted once instead of twice.
func countSubstrings(s string) int {
	seen := map[string]bool{}
	for c := 0; c < 2*len(s)-1; c++ {
		for l, r := c/2, (c+1)/2; l >= 0 && r < len(s) && s[l] == s[r]; l, r = l-1, r+1 {
			seen[s[l:r+1]] = true
		}
	}
	return len(seen)
}
