//go:build ignore

package main

// Mutant: indexes a 26-entry table by c - 'a', assuming lowercase letters
// only; spaces, digits, symbols and capitals fall outside it.
func lengthOfLongestSubstring(s string) int {
	var last [26]int
	for i := range last {
		last[i] = -1
	}
	best, left := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i] - 'a'
		if last[c] >= left {
			left = last[c] + 1
		}
		last[c] = i
		best = max(best, i-left+1)
	}
	return best
}
