//go:build ignore

package main

// Mutant: turns the wrong way, going down the left column first, which reads
// the spiral counterclockwise.
func spiralOrder(matrix [][]int) []int {
	top, bottom := 0, len(matrix)-1
	left, right := 0, len(matrix[0])-1
	var out []int
	for top <= bottom && left <= right {
		for r := top; r <= bottom; r++ {
			out = append(out, matrix[r][left])
		}
		left++
		for c := left; c <= right; c++ {
			out = append(out, matrix[bottom][c])
		}
		bottom--
		if left <= right {
			for r := bottom; r >= top; r-- {
				out = append(out, matrix[r][right])
			}
			right--
		}
		if top <= bottom {
			for c := right; c >= left; c-- {
				out = append(out, matrix[top][c])
			}
			top++
		}
	}
	return out
}
