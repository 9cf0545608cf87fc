//go:build ignore

package main

import "unicode"

// Mutant: keeps letters but throws digits away with the punctuation, so "0P"
// looks like "p" and passes.
func isPalindrome(s string) bool {
	var kept []rune
	for _, c := range s {
		if unicode.IsLetter(c) {
			kept = append(kept, unicode.ToLower(c))
		}
	}
	for i, j := 0, len(kept)-1; i < j; i, j = i+1, j-1 {
		if kept[i] != kept[j] {
			return false
		}
	}
	return true
}
