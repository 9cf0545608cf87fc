//go:build ignore

package main

// minDistance fills the classic table over prefix lengths one row at a time:
// row[j] is the distance from word1[:i] to word2[:j]. Equal last letters cost
// nothing beyond the diagonal; otherwise the last edit was a replacement
// (diagonal), a deletion (above) or an insertion (left), plus one. diag holds
// the previous row's value at j-1 before it is overwritten.
func minDistance(word1 string, word2 string) int {
	n := len(word2)
	row := make([]int, n+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(word1); i++ {
		diag := row[0]
		row[0] = i
		for j := 1; j <= n; j++ {
			up := row[j]
			if word1[i-1] == word2[j-1] {
				row[j] = diag
			} else {
				row[j] = 1 + min(diag, up, row[j-1])
			}
			diag = up
		}
	}
	return row[n]
}
