//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

const genSize = 200

func genBoard(rows, cols int, isO func(r, c int) bool) [][]string {
	g := make([][]string, rows)
	for r := range g {
		g[r] = make([]string, cols)
		for c := range g[r] {
			if isO(r, c) {
				g[r][c] = "O"
			} else {
				g[r][c] = "X"
			}
		}
	}
	return g
}

// genEnclosed is an 'X' border around one region of 'O' filling the inside:
// checking each 'O' for a way out searches the whole region every time.
func genEnclosed(rows, cols int) [][]string {
	return genBoard(rows, cols, func(r, c int) bool {
		return r > 0 && c > 0 && r < rows-1 && c < cols-1
	})
}

// generate builds 200 x 200 boards: one enclosed region of 39,204 cells, the
// same region opened to the edge by a single cell (it survives whole), a
// snake-shaped corridor of 'O' reaching the edge only at its far end, all
// 'O', and random boards near the percolation threshold.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(130, 9))
	opened := genEnclosed(genSize, genSize)
	opened[genSize-1][genSize/2] = "O"
	// The corridor: rows 1, 3, 5, ... of 'O' joined at alternating ends,
	// inside an 'X' frame except for one opening at the bottom.
	snake := genBoard(genSize, genSize, func(row, col int) bool {
		if row == 0 || col == 0 || col == genSize-1 || row == genSize-1 {
			return false
		}
		switch {
		case row%2 == 1:
			return true
		case row%4 == 2:
			return col == genSize-2
		}
		return col == 1
	})
	snake[genSize-1][1] = "O"
	random := genBoard(genSize, genSize, func(int, int) bool { return r.IntN(100) < 59 })
	return []GenCase{
		{Name: "large-enclosed-region", Input: map[string]any{"board": genEnclosed(genSize, genSize)}},
		{Name: "large-region-opened-by-one-cell", Input: map[string]any{"board": opened}},
		{Name: "large-snake-corridor", Input: map[string]any{"board": snake}},
		{Name: "large-all-o", Input: map[string]any{"board": genBoard(genSize, genSize, func(int, int) bool { return true })}},
		{Name: "large-random", Input: map[string]any{"board": random}},
	}
}

// sized is a near-square board of about n cells: an 'X' border around one
// 'O' region, opened to the edge by a single cell in the middle of the bottom
// row. The flood from that cell covers the whole region, and a search for a
// way out from each cell wanders through much of it before finding the gap.
func sized(n int) map[string]any {
	rows := max(3, int(math.Sqrt(float64(n))))
	cols := max(3, n/rows)
	board := genEnclosed(rows, cols)
	board[rows-1][cols/2] = "O"
	return map[string]any{"board": board}
}
