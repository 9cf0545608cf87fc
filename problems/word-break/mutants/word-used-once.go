//go:build ignore

package main

// Mutant: backtracking that marks a word as used and never lets it appear a
// second time.
func wordBreak(s string, wordDict []string) bool {
	used := make([]bool, len(wordDict))
	var solve func(rest string) bool
	solve = func(rest string) bool {
		if rest == "" {
			return true
		}
		for i, w := range wordDict {
			if !used[i] && len(w) <= len(rest) && rest[:len(w)] == w {
				used[i] = true
				found := solve(rest[len(w):])
				used[i] = false
				if found {
					return true
				}
			}
		}
		return false
	}
	return solve(s)
}
