//go:build ignore

package main

import "math/rand/v2"

// genMatrix fills an m×n matrix with increasing values from lo, each step
// 1 or 2 (so some values are missing), or 0 within a row when dup is set.
func genMatrix(r *rand.Rand, m, n, lo int, dup bool) [][]int {
	mat := make([][]int, m)
	v := lo
	for i := range mat {
		mat[i] = make([]int, n)
		for j := range mat[i] {
			mat[i][j] = v
			step := 1 + r.IntN(2)
			if dup && j < n-1 {
				step = r.IntN(2)
			}
			v += step
		}
	}
	return mat
}

// generate builds 100×100 matrices: the target at the first cell, at the
// last cell, missing in a gap, below and above every value, and a matrix of
// long runs of equal values; plus a single row and a single column.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(2, 9))
	full := genMatrix(r, 100, 100, -10000, false)
	gap := 0
	for j := 1; j < 100; j++ {
		if full[57][j] == full[57][j-1]+2 {
			gap = full[57][j] - 1
			break
		}
	}
	dups := genMatrix(r, 100, 100, -5000, true)
	row := genMatrix(r, 1, 100, 0, false)
	col := genMatrix(r, 100, 1, 0, false)
	return []GenCase{
		{Name: "large-first-cell", Input: map[string]any{"matrix": full, "target": full[0][0]}},
		{Name: "large-last-cell", Input: map[string]any{"matrix": full, "target": full[99][99]}},
		{Name: "large-missing-in-gap", Input: map[string]any{"matrix": full, "target": gap}},
		{Name: "large-below-all", Input: map[string]any{"matrix": dups, "target": -10000}},
		{Name: "large-above-all", Input: map[string]any{"matrix": dups, "target": 10000}},
		{Name: "large-duplicates-present", Input: map[string]any{"matrix": dups, "target": dups[63][50]}},
		{Name: "large-one-row", Input: map[string]any{"matrix": row, "target": row[0][73]}},
		{Name: "large-one-column", Input: map[string]any{"matrix": col, "target": col[41][0]}},
	}
}

// sized builds a square matrix of about n cells with increasing values and
// a target just above the largest, so a scan reads every cell.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(2, uint64(n)))
	side := 1
	for (side+1)*(side+1) <= n {
		side++
	}
	mat := genMatrix(r, side, side, -10000, false)
	return map[string]any{"matrix": mat, "target": mat[side-1][side-1] + 1}
}
