//go:build ignore

package main

// minWindow slides a window over s. need[c] is how many more c the window
// needs (negative when it has extras) and missing counts the characters of
// t still uncovered. The right end grows until nothing is missing; then the
// left end advances past every extra character, giving the shortest covering
// window that ends there. O(m + n).
func minWindow(s string, t string) string {
	var need [128]int
	for i := 0; i < len(t); i++ {
		need[t[i]]++
	}
	missing := len(t)
	bestL, bestLen := 0, -1
	left := 0
	for right := 0; right < len(s); right++ {
		if need[s[right]] > 0 {
			missing--
		}
		need[s[right]]--
		if missing > 0 {
			continue
		}
		for need[s[left]] < 0 {
			need[s[left]]++
			left++
		}
		if bestLen < 0 || right-left+1 < bestLen {
			bestL, bestLen = left, right-left+1
		}
	}
	if bestLen < 0 {
		return ""
	}
	return s[bestL : bestL+bestLen]
}
