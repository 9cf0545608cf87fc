//go:build ignore

package main

import "sort"

// Mutant: picks the row as the first one whose first value is at least the
// target, but a target inside a row lives in the row before that one.
func searchMatrix(matrix [][]int, target int) bool {
	r := sort.Search(len(matrix), func(i int) bool { return matrix[i][0] >= target })
	if r == len(matrix) {
		r--
	}
	row := matrix[r]
	c := sort.SearchInts(row, target)
	return c < len(row) && row[c] == target
}
