//go:build ignore

package main

// Mutant: once the window covers t, drops leading characters only while they
// do not occur in t at all, keeping a leading character of t even when the
// window holds a spare copy of it ("aab" with t "ab" gives "aab").
func minWindow(s string, t string) string {
	var need, inT [128]int
	for i := 0; i < len(t); i++ {
		need[t[i]]++
		inT[t[i]] = 1
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
		for left < right && inT[s[left]] == 0 {
			left++
		}
		if bestLen < 0 || right-left+1 < bestLen {
			bestL, bestLen = left, right-left+1
		}
		// Give up the first character of t in the window and look for it again.
		need[s[left]]++
		if need[s[left]] > 0 {
			missing++
		}
		left++
	}
	if bestLen < 0 {
		return ""
	}
	return s[bestL : bestL+bestLen]
}
