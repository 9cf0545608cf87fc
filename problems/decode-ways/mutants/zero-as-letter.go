//go:build ignore

package main

// Mutant: lets a lone 0 count as a letter, so "10" decodes two ways and a
// string that cannot be decoded gets a positive count.
func numDecodings(s string) int {
	twoBack, oneBack := 0, 1
	for i := 1; i <= len(s); i++ {
		cur := oneBack
		if i >= 2 && (s[i-2] == '1' || s[i-2] == '2' && s[i-1] <= '6') {
			cur += twoBack
		}
		twoBack, oneBack = oneBack, cur
	}
	return oneBack
}
