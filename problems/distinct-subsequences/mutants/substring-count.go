//go:build ignore

package main

// Mutant: counts the places where t occurs as a contiguous block of s,
// mistaking subsequences for substrings.
func numDistinct(s string, t string) int {
	count := 0
	for i := 0; i+len(t) <= len(s); i++ {
		if s[i:i+len(t)] == t {
			count++
		}
	}
	return count
}
