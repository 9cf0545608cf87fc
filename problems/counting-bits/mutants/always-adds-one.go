//go:build ignore

package main

// Mutant: adds 1 to the count of i >> 1 for every i, even when the bit
// shifted out was a 0, so every even number is over-counted.
func countBits(n int) []int {
	ans := make([]int, n+1)
	for i := 1; i <= n; i++ {
		ans[i] = ans[i>>1] + 1
	}
	return ans
}
