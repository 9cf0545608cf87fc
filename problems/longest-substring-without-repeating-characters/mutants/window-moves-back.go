//go:build ignore

package main

// Mutant: jumps the window's start to just after the previous occurrence
// even when that occurrence is already outside the window, moving the start
// backwards ("abba" reports 3).
func lengthOfLongestSubstring(s string) int {
	seen := map[byte]int{}
	best, left := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := seen[s[i]]; ok {
			left = j + 1
		}
		seen[s[i]] = i
		if i-left+1 > best {
			best = i - left + 1
		}
	}
	return best
}
