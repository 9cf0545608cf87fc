//go:build ignore

package main

// Mutant: the highest-power-of-two recurrence ans[i] = ans[i-offset] + 1,
// but offset moves up to the new power of two only after that power's own
// entry is computed, so every power of two from 2 on comes out wrong.
func countBits(n int) []int {
	ans := make([]int, n+1)
	offset := 1
	for i := 1; i <= n; i++ {
		ans[i] = ans[i-offset] + 1
		if offset*2 == i {
			offset = i
		}
	}
	return ans
}
