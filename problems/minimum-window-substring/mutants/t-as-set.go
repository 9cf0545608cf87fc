//go:build ignore

package main

// Mutant: treats t as a set of characters, so a window needs each distinct
// character of t once, whatever its count in t ("kk" seems to cover "kkk").
func minWindow(s string, t string) string {
	need := map[byte]bool{}
	for i := 0; i < len(t); i++ {
		need[t[i]] = true
	}
	have := map[byte]int{}
	formed := 0
	best := ""
	left := 0
	for right := 0; right < len(s); right++ {
		c := s[right]
		if need[c] {
			have[c]++
			if have[c] == 1 {
				formed++
			}
		}
		for formed == len(need) {
			if best == "" || right-left+1 < len(best) {
				best = s[left : right+1]
			}
			d := s[left]
			if need[d] {
				have[d]--
				if have[d] == 0 {
					formed--
				}
			}
			left++
		}
	}
	return best
}
