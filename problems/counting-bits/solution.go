//go:build ignore

package main

// countBits fills the list from 0 upwards: i >> 1 has every bit of i except
// the lowest, and it is smaller than i, so its count is already known.
func countBits(n int) []int {
	ans := make([]int, n+1)
	for i := 1; i <= n; i++ {
		ans[i] = ans[i>>1] + i&1
	}
	return ans
}
