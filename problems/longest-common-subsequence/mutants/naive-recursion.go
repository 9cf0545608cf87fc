//go:build ignore

package main

// Mutant: recursion on the first letters without memoization; on mismatches
// it branches twice, exponential for long strings with few matches.
// verdict: time_limit_exceeded
func longestCommonSubsequence(text1 string, text2 string) int {
	if text1 == "" || text2 == "" {
		return 0
	}
	if text1[0] == text2[0] {
		return 1 + longestCommonSubsequence(text1[1:], text2[1:])
	}
	return max(longestCommonSubsequence(text1[1:], text2), longestCommonSubsequence(text1, text2[1:]))
}
