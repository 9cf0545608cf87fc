//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

const genSize = 50

func genGridOf(rows, cols int, land func(r, c int) bool) [][]int {
	g := make([][]int, rows)
	for r := range g {
		g[r] = make([]int, cols)
		for c := range g[r] {
			if land(r, c) {
				g[r][c] = 1
			}
		}
	}
	return g
}

// genSnake is one snake-shaped island: every even row is land, joined to the
// next by one cell at alternating ends, so a flood fill walks a long path.
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

// generate builds 50 x 50 maps: solid land (one island of 2,500 cells, so a
// fill restarted from every land cell does 2,500^2 steps), a snake through
// half the cells, a checkerboard of 1,250 one-cell islands, random land near
// the percolation threshold, and many islands whose largest sits last in
// scan order.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(69, 5))
	solid := genGridOf(genSize, genSize, func(int, int) bool { return true })
	snake := genGridOf(genSize, genSize, genSnake(genSize))
	checker := genGridOf(genSize, genSize, func(row, col int) bool { return (row+col)%2 == 0 })
	random := genGridOf(genSize, genSize, func(int, int) bool { return r.IntN(100) < 58 })
	// 3 x 3 blocks of land separated by water lines; the bottom-right block
	// grows to 4 x 4.
	blocks := genGridOf(genSize, genSize, func(row, col int) bool {
		if row >= 46 && col >= 46 {
			return true
		}
		return row%4 != 3 && col%4 != 3
	})
	return []GenCase{
		{Name: "large-solid-land", Input: map[string]any{"grid": solid}},
		{Name: "large-snake", Input: map[string]any{"grid": snake}},
		{Name: "large-checkerboard", Input: map[string]any{"grid": checker}},
		{Name: "large-random", Input: map[string]any{"grid": random}},
		{Name: "large-blocks-biggest-last", Input: map[string]any{"grid": blocks}},
	}
}

// sized is a near-square grid of about n cells, all land: one island that a
// fill restarted from every land cell walks n times over.
func sized(n int) map[string]any {
	rows := max(1, int(math.Sqrt(float64(n))))
	cols := n / rows
	return map[string]any{"grid": genGridOf(rows, cols, func(int, int) bool { return true })}
}
