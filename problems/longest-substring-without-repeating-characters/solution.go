//go:build ignore

package main

// lengthOfLongestSubstring slides a window [left, i] with no repeats,
// remembering where each character was last seen: when s[i] already occurs
// inside the window, the window restarts just after that occurrence.
func lengthOfLongestSubstring(s string) int {
	var last [256]int // last[c] is 1 + the latest index of c, 0 if unseen
	best, left := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if last[c] > left {
			left = last[c]
		}
		last[c] = i + 1
		best = max(best, i-left+1)
	}
	return best
}
