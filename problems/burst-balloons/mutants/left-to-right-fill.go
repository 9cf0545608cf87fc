//go:build ignore

package main

// Mutant: the right recurrence, but the table is filled by left end from
// left to right, so best[k][j] for k > i is read before it is computed.
func maxCoins(nums []int) int {
	n := len(nums)
	vals := make([]int, n+2)
	vals[0], vals[n+1] = 1, 1
	copy(vals[1:], nums)
	best := make([][]int, n+2)
	for i := range best {
		best[i] = make([]int, n+2)
	}
	for i := 0; i <= n+1; i++ {
		for j := i + 2; j <= n+1; j++ {
			for k := i + 1; k < j; k++ {
				best[i][j] = max(best[i][j], best[i][k]+vals[i]*vals[k]*vals[j]+best[k][j])
			}
		}
	}
	return best[0][n+1]
}
