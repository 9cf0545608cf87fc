//go:build ignore

package main

// Mutant: fills a table of size n+1 but always writes dp[2], which is out of
// range when n = 1.
func climbStairs(n int) int {
	dp := make([]int, n+1)
	dp[1], dp[2] = 1, 2
	for i := 3; i <= n; i++ {
		dp[i] = dp[i-1] + dp[i-2]
	}
	return dp[n]
}
