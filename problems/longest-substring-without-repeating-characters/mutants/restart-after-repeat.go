//go:build ignore

package main

// Mutant: on a repeat, throws the whole window away and restarts at the
// repeated character, losing the part after its first occurrence ("cdcf"
// reports 2).
func lengthOfLongestSubstring(s string) int {
	seen := map[byte]bool{}
	best, cur := 0, 0
	for i := 0; i < len(s); i++ {
		if seen[s[i]] {
			seen = map[byte]bool{}
			cur = 0
		}
		seen[s[i]] = true
		cur++
		best = max(best, cur)
	}
	return best
}
