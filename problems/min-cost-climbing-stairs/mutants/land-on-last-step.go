//go:build ignore

package main

// Mutant: treats the last step as the goal, so the route must pay for it,
// instead of the top just above it, which the second-to-last step also
// reaches.
func minCostClimbingStairs(cost []int) int {
	n := len(cost)
	dp := make([]int, n) // dp[i]: least fee paid once step i is paid for
	dp[0], dp[1] = cost[0], cost[1]
	for i := 2; i < n; i++ {
		dp[i] = cost[i] + min(dp[i-1], dp[i-2])
	}
	return dp[n-1]
}
