//go:build ignore

package main

// Mutant: counts characters in a 26-entry table indexed by c - 'a', as if
// only lowercase letters could occur; capitals fall outside it.
func minWindow(s string, t string) string {
	var need [26]int
	for i := 0; i < len(t); i++ {
		need[t[i]-'a']++
	}
	missing := len(t)
	bestL, bestLen := 0, -1
	left := 0
	for right := 0; right < len(s); right++ {
		c := s[right] - 'a'
		if need[c] > 0 {
			missing--
		}
		need[c]--
		for missing == 0 {
			if bestLen < 0 || right-left+1 < bestLen {
				bestL, bestLen = left, right-left+1
			}
			d := s[left] - 'a'
			need[d]++
			if need[d] > 0 {
				missing++
			}
			left++
		}
	}
	if bestLen < 0 {
		return ""
	}
	return s[bestL : bestL+bestLen]
}
