//go:build ignore

package main

// Mutant: scans once and cuts as soon as the current piece is a word, so it
// commits to the shortest word ("go") when a longer one ("goal") was needed.
func wordBreak(s string, wordDict []string) bool {
	words := make(map[string]bool, len(wordDict))
	for _, w := range wordDict {
		words[w] = true
	}
	start := 0
	for i := 1; i <= len(s); i++ {
		if words[s[start:i]] {
			start = i
		}
	}
	return start == len(s)
}
