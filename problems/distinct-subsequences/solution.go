//go:build ignore

package main

// numDistinct keeps, for every prefix length j of t, the number of ways the
// letters of s read so far can spell t[:j]. A new letter of s either is left
// out (the counts stay) or ends a match of t[:j] when it equals t[j-1],
// adding the ways to spell t[:j-1]. Walking j from the right reads each
// t[:j-1] count before this letter has changed it, so no letter of s is used
// twice. Counts for short prefixes can wrap around 64 bits; the additions
// stay exact modulo 2^64, and the final answer fits.
func numDistinct(s string, t string) int {
	ways := make([]int, len(t)+1)
	ways[0] = 1
	for i := 0; i < len(s); i++ {
		for j := len(t); j >= 1; j-- {
			if s[i] == t[j-1] {
				ways[j] += ways[j-1]
			}
		}
	}
	return ways[len(t)]
}
