//go:build ignore

package main

// Mutant: expands only around single characters, so palindromes of even
// length such as "yy" are never counted.
func countSubstrings(s string) int {
	count := 0
	for c := range len(s) {
		for l, r := c, c; l >= 0 && r < len(s) && s[l] == s[r]; l, r = l-1, r+1 {
			count++
		}
	}
	return count
}
