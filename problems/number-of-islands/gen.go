//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

const genSize = 300

func genGrid(land func(r, c int) bool) [][]string {
	return genGridOf(genSize, genSize, land)
}

func genGridOf(rows, cols int, land func(r, c int) bool) [][]string {
	g := make([][]string, rows)
	for r := range g {
		g[r] = make([]string, cols)
		for c := range g[r] {
			if land(r, c) {
				g[r][c] = "1"
			} else {
				g[r][c] = "0"
			}
		}
	}
	return g
}

// generate builds 300 x 300 maps: solid land, one snake-shaped island whose
// path runs through about half the cells (deep flood fills), a checkerboard
// of 45,000 one-cell islands, and random land near the percolation
// threshold.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(7, 11))
	solid := genGrid(func(int, int) bool { return true })
	snake := genGrid(genSnake(genSize))
	checker := genGrid(func(row, col int) bool { return (row+col)%2 == 0 })
	random := genGrid(func(int, int) bool { return r.IntN(100) < 58 })
	return []GenCase{
		{Name: "large-solid-land", Input: map[string]any{"grid": solid}},
		{Name: "large-snake", Input: map[string]any{"grid": snake}},
		{Name: "large-checkerboard", Input: map[string]any{"grid": checker}},
		{Name: "large-random", Input: map[string]any{"grid": random}},
	}
}

// genSnake is the snake-shaped island of the large tests: every even row
// is land, joined to the next by one cell at alternating ends.
func genSnake(cols int) func(row, col int) bool {
	return func(row, col int) bool {
		switch {
		case row%2 == 0:
			return true
		case row%4 == 1:
			return col == cols-1
		default:
			return col == 0
		}
	}
}

// sized is a near-square grid of about n cells holding one snake-shaped
// island through half of them: the flood fill follows a path of length
// about n/2.
func sized(n int) map[string]any {
	rows := max(1, int(math.Sqrt(float64(n))))
	cols := n / rows
	return map[string]any{"grid": genGridOf(rows, cols, genSnake(cols))}
}
