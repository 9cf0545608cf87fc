//go:build ignore

package main

// Mutant: reads min(m, n)/2 full rings and stops, forgetting the middle row
// or column left over when the shorter side is odd.
func spiralOrder(matrix [][]int) []int {
	m, n := len(matrix), len(matrix[0])
	var out []int
	for k := 0; k < min(m, n)/2; k++ {
		top, bottom, left, right := k, m-1-k, k, n-1-k
		for c := left; c < right; c++ {
			out = append(out, matrix[top][c])
		}
		for r := top; r < bottom; r++ {
			out = append(out, matrix[r][right])
		}
		for c := right; c > left; c-- {
			out = append(out, matrix[bottom][c])
		}
		for r := bottom; r > top; r-- {
			out = append(out, matrix[r][left])
		}
	}
	return out
}
