//go:build ignore

package main

// Mutant: memoized search that stops with true once s1 and s2 are used up,
// without checking the lengths, so letters left over in s3 go unnoticed.
func isInterleave(s1 string, s2 string, s3 string) bool {
	seen := make([][]bool, len(s1)+1)
	for i := range seen {
		seen[i] = make([]bool, len(s2)+1)
	}
	var can func(i, j int) bool
	can = func(i, j int) bool {
		if i == len(s1) && j == len(s2) {
			return true
		}
		k := i + j
		if k >= len(s3) || seen[i][j] {
			return false
		}
		seen[i][j] = true
		return (i < len(s1) && s1[i] == s3[k] && can(i+1, j)) ||
			(j < len(s2) && s2[j] == s3[k] && can(i, j+1))
	}
	return can(0, 0)
}
