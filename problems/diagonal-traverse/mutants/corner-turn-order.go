//go:build ignore

package main

// Mutant: walks one bouncing pointer but tests the edges in the wrong order:
// going up it checks the top row before the last column, and going down the
// first column before the last row. At the top-right or bottom-left corner
// it then steps out of the matrix.
func findDiagonalOrder(mat [][]int) []int {
	m, n := len(mat), len(mat[0])
	out := make([]int, 0, m*n)
	i, j, up := 0, 0, true
	for range m * n {
		out = append(out, mat[i][j])
		if up {
			switch {
			case i == 0:
				j++
				up = false
			case j == n-1:
				i++
				up = false
			default:
				i--
				j++
			}
		} else {
			switch {
			case j == 0:
				i++
				up = true
			case i == m-1:
				j++
				up = true
			default:
				i++
				j--
			}
		}
	}
	return out
}
