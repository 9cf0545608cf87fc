//go:build ignore

package main

// Mutant: always cuts off the longest dictionary word that starts here and
// never reconsiders, so "flowers" swallows the "s" that "seed" needed.
func wordBreak(s string, wordDict []string) bool {
	for len(s) > 0 {
		best := ""
		for _, w := range wordDict {
			if len(w) > len(best) && len(w) <= len(s) && s[:len(w)] == w {
				best = w
			}
		}
		if best == "" {
			return false
		}
		s = s[len(best):]
	}
	return true
}
