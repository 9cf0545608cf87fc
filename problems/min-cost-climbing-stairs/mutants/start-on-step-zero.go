//go:build ignore

package main

// Mutant: always begins on step 0 and pays for it, forgetting that step 1 is
// an equally free place to start.
func minCostClimbingStairs(cost []int) int {
	n := len(cost)
	dp := make([]int, n+1) // dp[i]: least fee to stand on position i
	dp[1] = cost[0]
	for i := 2; i <= n; i++ {
		dp[i] = min(dp[i-1]+cost[i-1], dp[i-2]+cost[i-2])
	}
	return dp[n]
}
