//go:build ignore

package main

// Mutant: alternates the direction but starts the wrong way, reading even
// diagonals down and to the left and odd ones up and to the right.
//
// No time_limit_exceeded mutant: scanning the whole matrix once per
// diagonal is O((m+n)·m·n), yet at m·n <= 10^4 even the 1 x 10^4 worst case
// takes about 0.1 s, too close to the limit to fail reliably.
func findDiagonalOrder(mat [][]int) []int {
	m, n := len(mat), len(mat[0])
	out := make([]int, 0, m*n)
	for d := 0; d <= m+n-2; d++ {
		lo, hi := max(0, d-n+1), min(d, m-1)
		if d%2 == 1 {
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
