//go:build ignore

package main

// Mutant: keeps the longest common subsequence and deletes or inserts
// everything else, m + n - 2·LCS, forgetting that one replacement does the
// work of a deletion plus an insertion.
func minDistance(word1 string, word2 string) int {
	m, n := len(word1), len(word2)
	lcs := make([][]int, m+1)
	for i := range lcs {
		lcs[i] = make([]int, n+1)
	}
	for i := 1; i <= m; i++ {
		for j := 1; j <= n; j++ {
			if word1[i-1] == word2[j-1] {
				lcs[i][j] = lcs[i-1][j-1] + 1
			} else {
				lcs[i][j] = max(lcs[i-1][j], lcs[i][j-1])
			}
		}
	}
	return m + n - 2*lcs[m][n]
}
