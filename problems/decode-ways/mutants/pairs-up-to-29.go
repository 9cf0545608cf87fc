//go:build ignore

package main

// Mutant: accepts any two digits starting with 1 or 2 as a letter, forgetting
// that after a 2 only 0 to 6 may follow, so "27" counts twice.
func numDecodings(s string) int {
	twoBack, oneBack := 0, 1
	for i := 1; i <= len(s); i++ {
		cur := 0
		if s[i-1] != '0' {
			cur += oneBack
		}
		if i >= 2 && (s[i-2] == '1' || s[i-2] == '2') {
			cur += twoBack
		}
		twoBack, oneBack = oneBack, cur
	}
	return oneBack
}
