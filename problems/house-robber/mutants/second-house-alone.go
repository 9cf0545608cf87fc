//go:build ignore

package main

// Mutant: table DP whose second entry is nums[1] instead of
// max(nums[0], nums[1]), forgetting that the best up to house 1 may be
// house 0.
func rob(nums []int) int {
	n := len(nums)
	dp := make([]int, n)
	dp[0] = nums[0]
	if n > 1 {
		dp[1] = nums[1]
	}
	for i := 2; i < n; i++ {
		dp[i] = max(dp[i-1], dp[i-2]+nums[i])
	}
	return dp[n-1]
}
