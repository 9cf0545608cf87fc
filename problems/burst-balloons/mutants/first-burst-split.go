//go:build ignore

package main

// Mutant: splits the row on the balloon burst first and solves the two sides
// as if independent, but after that burst the sides become neighbours and
// change each other's products.
func maxCoins(nums []int) int {
	n := len(nums)
	vals := make([]int, n+2)
	vals[0], vals[n+1] = 1, 1
	copy(vals[1:], nums)
	best := make([][]int, n+2)
	for i := range best {
		best[i] = make([]int, n+2)
	}
	for length := 2; length <= n+1; length++ {
		for i := 0; i+length <= n+1; i++ {
			j := i + length
			for k := i + 1; k < j; k++ {
				// k burst first: its neighbours are k-1 and k+1.
				best[i][j] = max(best[i][j], vals[k-1]*vals[k]*vals[k+1]+best[i][k]+best[k][j])
			}
		}
	}
	return best[0][n+1]
}
