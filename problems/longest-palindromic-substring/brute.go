//go:build ignore

package main

// longestPalindrome checks every substring, comparing its characters pairwise
// from both ends, and keeps the longest one that passes.
func longestPalindrome(s string) string {
	best := ""
	for i := 0; i < len(s); i++ {
		for j := i + 1; j <= len(s); j++ {
			sub := s[i:j]
			ok := true
			for a, b := 0, len(sub)-1; a < b; a, b = a+1, b-1 {
				if sub[a] != sub[b] {
					ok = false
					break
				}
			}
			if ok && len(sub) > len(best) {
				best = sub
			}
		}
	}
	return best
}
