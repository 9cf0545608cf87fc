//go:build ignore

package main

// Mutant: records the window's length only when a repeat ends it, so a
// window that runs to the end of the string is never counted ("abc" gives 0).
func lengthOfLongestSubstring(s string) int {
	pos := map[byte]int{}
	best, left := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := pos[s[i]]; ok && j >= left {
			best = max(best, i-left)
			left = j + 1
		}
		pos[s[i]] = i
	}
	return best
}
