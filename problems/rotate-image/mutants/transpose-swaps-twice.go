//go:build ignore

package main

// Mutant: the transpose loop visits every pair (i, j), not only j > i, so
// each pair is swapped twice and the transpose undoes itself; only the row
// reversal remains, a mirror image.
func rotate(matrix [][]int) {
	n := len(matrix)
	for i := range n {
		for j := range n {
			matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
		}
	}
	for _, row := range matrix {
		for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
			row[a], row[b] = row[b], row[a]
		}
	}
}
