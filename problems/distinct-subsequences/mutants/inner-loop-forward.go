//go:build ignore

package main

// Mutant: one-row table walked from the left, so a letter of s that has just
// matched t[j-1] is counted again for t[j]: one letter fills two positions.
func numDistinct(s string, t string) int {
	ways := make([]int, len(t)+1)
	ways[0] = 1
	for i := 0; i < len(s); i++ {
		for j := 1; j <= len(t); j++ {
			if s[i] == t[j-1] {
				ways[j] += ways[j-1]
			}
		}
	}
	return ways[len(t)]
}
