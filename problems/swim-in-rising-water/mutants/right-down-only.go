//go:build ignore

package main

// Mutant: dynamic programming that only moves right or down; the best route
// may need to go up or left around high ground.
func swimInWater(grid [][]int) int {
	n := len(grid)
	dp := make([][]int, n)
	for r := range dp {
		dp[r] = make([]int, n)
		for c := range dp[r] {
			switch {
			case r == 0 && c == 0:
				dp[r][c] = grid[0][0]
			case r == 0:
				dp[r][c] = max(dp[r][c-1], grid[r][c])
			case c == 0:
				dp[r][c] = max(dp[r-1][c], grid[r][c])
			default:
				dp[r][c] = max(min(dp[r-1][c], dp[r][c-1]), grid[r][c])
			}
		}
	}
	return dp[n-1][n-1]
}
