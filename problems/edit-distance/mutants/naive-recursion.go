//go:build ignore

package main

// Mutant: recursion over the three edits without memoization; when the
// letters differ it branches three ways, exponential for words with few
// letters in common.
// verdict: time_limit_exceeded
func minDistance(word1 string, word2 string) int {
	if word1 == "" {
		return len(word2)
	}
	if word2 == "" {
		return len(word1)
	}
	if word1[0] == word2[0] {
		return minDistance(word1[1:], word2[1:])
	}
	return 1 + min(minDistance(word1[1:], word2[1:]), minDistance(word1[1:], word2), minDistance(word1, word2[1:]))
}
