//go:build ignore

package main

// Mutant: recursion that tries s1 and then s2 whenever either matches,
// without memoization; on long runs of one letter that fail at the end it
// walks every path through the table, exponentially many.
// verdict: time_limit_exceeded
func isInterleave(s1 string, s2 string, s3 string) bool {
	if len(s1)+len(s2) != len(s3) {
		return false
	}
	if s3 == "" {
		return true
	}
	return (s1 != "" && s1[0] == s3[0] && isInterleave(s1[1:], s2, s3[1:])) ||
		(s2 != "" && s2[0] == s3[0] && isInterleave(s1, s2[1:], s3[1:]))
}
