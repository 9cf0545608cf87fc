//go:build ignore

package main

// Mutant: walks all four sides on every loop without checking whether the
// rectangle has collapsed to one row or column, so the bottom and left runs
// read cells a second time.
func spiralOrder(matrix [][]int) []int {
	top, bottom := 0, len(matrix)-1
	left, right := 0, len(matrix[0])-1
	var out []int
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, matrix[top][c])
		}
		top++
		for r := top; r <= bottom; r++ {
			out = append(out, matrix[r][right])
		}
		right--
		for c := right; c >= left; c-- {
			out = append(out, matrix[bottom][c])
		}
		bottom--
		for r := bottom; r >= top; r-- {
			out = append(out, matrix[r][left])
		}
		left++
	}
	return out
}
