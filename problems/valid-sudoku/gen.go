//go:build ignore

package main

import "math/rand/v2"

// genSolved returns a complete valid grid: the pattern (3r + r/3 + c) mod 9,
// with its digits relabelled, bands and rows within bands, stacks and
// columns within stacks shuffled.
func genSolved(r *rand.Rand) [][]byte {
	digits := r.Perm(9)
	order := func() []int {
		var out []int
		for _, b := range r.Perm(3) {
			for _, i := range r.Perm(3) {
				out = append(out, b*3+i)
			}
		}
		return out
	}
	rows, cols := order(), order()
	g := make([][]byte, 9)
	for i, ri := range rows {
		g[i] = make([]byte, 9)
		for j, cj := range cols {
			g[i][j] = byte('1' + digits[(ri*3+ri/3+cj)%9])
		}
	}
	return g
}

// genStrings turns a grid into the tests' form.
func genStrings(g [][]byte) [][]string {
	out := make([][]string, 9)
	for i, row := range g {
		out[i] = make([]string, 9)
		for j, ch := range row {
			out[i][j] = string(ch)
		}
	}
	return out
}

// generate builds full and partial grids: valid ones, and ones whose only
// repeat sits in the very last cell, in a box only, in a column only, or in
// a row only.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(43, 47))
	full := genSolved(r)
	partial := genSolved(r)
	for i := range 9 {
		for j := range 9 {
			if r.IntN(3) > 0 {
				partial[i][j] = '.'
			}
		}
	}
	lastRepeat := genSolved(r)
	lastRepeat[8][8] = lastRepeat[7][7]
	// A checkerboard of a solved grid, then the digit at (6,6) copied to the
	// empty cell (7,8), which shares only the box with it; any other copy in
	// row 7 or column 8 is cleared.
	boxOnly := genSolved(r)
	for i := range 9 {
		for j := range 9 {
			if (i+j)%2 == 1 {
				boxOnly[i][j] = '.'
			}
		}
	}
	d := boxOnly[6][6]
	boxOnly[7][8] = d
	for k := range 9 {
		if k != 8 && boxOnly[7][k] == d {
			boxOnly[7][k] = '.'
		}
		if k != 7 && boxOnly[k][8] == d {
			boxOnly[k][8] = '.'
		}
	}
	colOnly := make([][]byte, 9)
	rowOnly := make([][]byte, 9)
	for i := range 9 {
		colOnly[i] = make([]byte, 9)
		rowOnly[i] = make([]byte, 9)
		for j := range 9 {
			colOnly[i][j], rowOnly[i][j] = '.', '.'
		}
	}
	colOnly[0][4], colOnly[8][4] = '9', '9'
	rowOnly[8][0], rowOnly[8][8] = '1', '1'
	return []GenCase{
		{Name: "large-full-valid", Input: map[string]any{"board": genStrings(full)}},
		{Name: "large-partial-valid", Input: map[string]any{"board": genStrings(partial)}},
		{Name: "large-repeat-in-last-cell", Input: map[string]any{"board": genStrings(lastRepeat)}},
		{Name: "large-box-only-repeat", Input: map[string]any{"board": genStrings(boxOnly)}},
		{Name: "large-column-only-repeat", Input: map[string]any{"board": genStrings(colOnly)}},
		{Name: "large-row-only-repeat", Input: map[string]any{"board": genStrings(rowOnly)}},
	}
}

// sized returns a complete valid grid (every cell is checked against all
// three groups); n only relabels its digits, as the grid is always 9×9.
func sized(n int) map[string]any {
	g := make([][]byte, 9)
	for i := range 9 {
		g[i] = make([]byte, 9)
		for j := range 9 {
			g[i][j] = byte('1' + ((i*3+i/3+j)+n)%9)
		}
	}
	return map[string]any{"board": genStrings(g)}
}
