//go:build ignore

package main

// Mutant: counts mismatched mirror pairs and allows one, as if a deletion
// could fix a pair in place ("abc" has one mismatched pair but no fix).
func validPalindrome(s string) bool {
	bad := 0
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			bad++
		}
	}
	return bad <= 1
}
