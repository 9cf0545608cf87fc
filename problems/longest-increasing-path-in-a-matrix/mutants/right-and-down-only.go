//go:build ignore

package main

// Mutant: a table filled from the bottom-right corner that only lets a path
// step right or down, so paths that climb by moving up or left are missed.
func longestIncreasingPath(matrix [][]int) int {
	m, n := len(matrix), len(matrix[0])
	dp := make([][]int, m)
	for r := range dp {
		dp[r] = make([]int, n)
	}
	best := 0
	for r := m - 1; r >= 0; r-- {
		for c := n - 1; c >= 0; c-- {
			dp[r][c] = 1
			if r+1 < m && matrix[r+1][c] > matrix[r][c] {
				dp[r][c] = max(dp[r][c], 1+dp[r+1][c])
			}
			if c+1 < n && matrix[r][c+1] > matrix[r][c] {
				dp[r][c] = max(dp[r][c], 1+dp[r][c+1])
			}
			best = max(best, dp[r][c])
		}
	}
	return best
}
