//go:build ignore

package main

// maxCoins pads the row with a 1 at each end and solves open intervals:
// best[i][j] is the most coins from bursting every balloon strictly between
// i and j, with i and j still standing. If k is the last balloon burst in
// that stretch, its neighbours at that moment are i and j, and the two sides
// (i, k) and (k, j) are independent. Shorter intervals are filled first.
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
			edge := vals[i] * vals[j]
			top := 0
			for k := i + 1; k < j; k++ {
				top = max(top, best[i][k]+edge*vals[k]+best[k][j])
			}
			best[i][j] = top
		}
	}
	return best[0][n+1]
}
