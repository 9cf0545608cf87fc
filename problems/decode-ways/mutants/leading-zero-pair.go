//go:build ignore

package main

// Mutant: reads two digits as a number and accepts anything from 1 to 26,
// so a pair with a leading zero such as "06" passes for the letter F.
func numDecodings(s string) int {
	twoBack, oneBack := 0, 1
	for i := 1; i <= len(s); i++ {
		cur := 0
		if s[i-1] != '0' {
			cur += oneBack
		}
		if i >= 2 {
			if v := int(s[i-2]-'0')*10 + int(s[i-1]-'0'); v >= 1 && v <= 26 {
				cur += twoBack
			}
		}
		twoBack, oneBack = oneBack, cur
	}
	return oneBack
}
