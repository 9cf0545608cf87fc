//go:build ignore

package main

// Mutant: tries every word as the next piece recursively without
// remembering which suffixes already failed; on "aaa...ab" with words
// "a", "aa", ... the number of attempts is exponential.
// verdict: time_limit_exceeded
func wordBreak(s string, wordDict []string) bool {
	if s == "" {
		return true
	}
	for _, w := range wordDict {
		if len(w) <= len(s) && s[:len(w)] == w && wordBreak(s[len(w):], wordDict) {
			return true
		}
	}
	return false
}
