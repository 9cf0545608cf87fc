//go:build ignore

package main

// isInterleave fills a table over (i, j): can the first i letters of s1 and
// the first j letters of s2 form the first i+j letters of s3? A cell is
// reachable from (i-1, j) when s1's i-th letter is the next letter of s3, or
// from (i, j-1) when s2's j-th letter is. Only the previous row is needed,
// so one row of booleans is updated in place.
func isInterleave(s1 string, s2 string, s3 string) bool {
	m, n := len(s1), len(s2)
	if m+n != len(s3) {
		return false
	}
	ok := make([]bool, n+1)
	for i := 0; i <= m; i++ {
		for j := 0; j <= n; j++ {
			switch {
			case i == 0 && j == 0:
				ok[j] = true
			case i == 0:
				ok[j] = ok[j-1] && s2[j-1] == s3[j-1]
			case j == 0:
				ok[j] = ok[j] && s1[i-1] == s3[i-1]
			default:
				next := s3[i+j-1]
				ok[j] = (ok[j] && s1[i-1] == next) || (ok[j-1] && s2[j-1] == next)
			}
		}
	}
	return ok[n]
}
