//go:build ignore

package main

import "strings"

// Mutant: greedily matches each letter of text1 to its next occurrence in
// text2; an early match far to the right can block many later ones.
func longestCommonSubsequence(text1 string, text2 string) int {
	pos, count := 0, 0
	for i := 0; i < len(text1); i++ {
		if k := strings.IndexByte(text2[pos:], text1[i]); k >= 0 {
			pos += k + 1
			count++
		}
	}
	return count
}
