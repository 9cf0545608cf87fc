//go:build ignore

package main

// rotate turns the matrix clockwise as two reflections: across the main
// diagonal (a transpose), then left to right (each row reversed). Cell (i, j)
// goes to (j, i) and then to (j, n-1-i), which is where a quarter turn puts it.
func rotate(matrix [][]int) {
	n := len(matrix)
	for i := range n {
		for j := i + 1; j < n; j++ {
			matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
		}
	}
	for _, row := range matrix {
		for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
			row[a], row[b] = row[b], row[a]
		}
	}
}
