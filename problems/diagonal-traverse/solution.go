//go:build ignore

package main

// findDiagonalOrder reads the anti-diagonals d = row + col in turn. Even
// diagonals go up and to the right (the row falls), odd ones down and to the
// left (the row rises). Each walk starts and stops at the rows where the
// diagonal actually crosses the matrix.
func findDiagonalOrder(mat [][]int) []int {
	m, n := len(mat), len(mat[0])
	out := make([]int, 0, m*n)
	for d := 0; d <= m+n-2; d++ {
		lo, hi := max(0, d-n+1), min(d, m-1) // the rows diagonal d crosses
		if d%2 == 0 {
			for i := hi; i >= lo; i-- {
				out = append(out, mat[i][d-i])
			}
		} else {
			for i := lo; i <= hi; i++ {
				out = append(out, mat[i][d-i])
			}
		}
	}
	return out
}
