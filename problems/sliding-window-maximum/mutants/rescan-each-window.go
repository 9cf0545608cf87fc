//go:build ignore

package main

// Mutant: scans every window in full for its maximum; correct, but O(n·k),
// 2.5·10^9 steps at n = 10^5 and k = n/2.
// verdict: time_limit_exceeded
func maxSlidingWindow(nums []int, k int) []int {
	res := make([]int, 0, len(nums)-k+1)
	for i := 0; i+k <= len(nums); i++ {
		best := nums[i]
		for _, v := range nums[i+1 : i+k] {
			best = max(best, v)
		}
		res = append(res, best)
	}
	return res
}
