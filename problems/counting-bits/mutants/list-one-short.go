//go:build ignore

package main

// Mutant: allocates n entries instead of n + 1, so the count for n itself
// is missing (and n = 0 gives an empty list).
func countBits(n int) []int {
	ans := make([]int, n)
	for i := 1; i < n; i++ {
		ans[i] = ans[i>>1] + i&1
	}
	return ans
}
