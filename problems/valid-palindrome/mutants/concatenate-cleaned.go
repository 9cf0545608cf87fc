//go:build ignore

package main

import "strings"

// Mutant: builds the cleaned-up copy with string += one character at a time,
// copying the whole copy each time: O(n^2) on long inputs.
// verdict: time_limit_exceeded
func isPalindrome(s string) bool {
	clean := ""
	for _, c := range strings.ToLower(s) {
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
			clean += string(c)
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}
