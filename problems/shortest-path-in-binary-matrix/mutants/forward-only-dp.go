//go:build ignore

package main

// Mutant: dynamic programming that assumes the route only moves right, down
// or diagonally down-right, so routes that must double back are missed.
func shortestPathBinaryMatrix(grid [][]int) int {
	n := len(grid)
	const inf = 1 << 30
	dp := make([][]int, n)
	for r := range dp {
		dp[r] = make([]int, n)
		for c := range dp[r] {
			dp[r][c] = inf
			if grid[r][c] != 0 {
				continue
			}
			if r == 0 && c == 0 {
				dp[r][c] = 1
				continue
			}
			if r > 0 {
				dp[r][c] = min(dp[r][c], dp[r-1][c]+1)
			}
			if c > 0 {
				dp[r][c] = min(dp[r][c], dp[r][c-1]+1)
			}
			if r > 0 && c > 0 {
				dp[r][c] = min(dp[r][c], dp[r-1][c-1]+1)
			}
		}
	}
	if dp[n-1][n-1] >= inf {
		return -1
	}
	return dp[n-1][n-1]
}
