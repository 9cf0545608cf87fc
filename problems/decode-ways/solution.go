//go:build ignore

package main

// numDecodings counts decodings of growing prefixes. The last letter of a
// decoding of s[:i] is either s[i-1] alone (a digit 1 to 9) or s[i-2:i] (a
// number 10 to 26), so ways(i) adds ways(i-1) and ways(i-2) when those
// pieces are letters. Only the last two counts are kept.
func numDecodings(s string) int {
	twoBack, oneBack := 0, 1 // ways(i-2), ways(i-1); ways(0) = 1 for the empty prefix
	for i := 1; i <= len(s); i++ {
		cur := 0
		if s[i-1] != '0' {
			cur += oneBack
		}
		if i >= 2 && (s[i-2] == '1' || s[i-2] == '2' && s[i-1] <= '6') {
			cur += twoBack
		}
		twoBack, oneBack = oneBack, cur
	}
	return oneBack
}
