//go:build ignore

package main

// Mutant: counts the letters the two strings have in common (with
// multiplicity), ignoring the order they appear in.
func longestCommonSubsequence(text1 string, text2 string) int {
	var count [26]int
	for _, c := range text1 {
		count[c-'a']++
	}
	common := 0
	for _, c := range text2 {
		if count[c-'a'] > 0 {
			count[c-'a']--
			common++
		}
	}
	return common
}
