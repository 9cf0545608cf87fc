//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

// genGrid returns a side × side grid filled by f.
func genGrid(rows, cols int, f func(r, c int) int) [][]int {
	g := make([][]int, rows)
	for r := range g {
		g[r] = make([]int, cols)
		for c := range g[r] {
			g[r][c] = f(r, c)
		}
	}
	return g
}

// generate builds 200 × 200 grids: row + column (every right or down step
// climbs, so the number of increasing paths is astronomical), a snake
// through all 40000 cells (the deepest recursion), random values over the
// full range, four values only (many ties), all equal, one long row and
// one long column.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(329, 1))
	const side = 200
	snake := genGrid(side, side, func(row, c int) int {
		if row%2 == 1 {
			c = side - 1 - c
		}
		return row*side + c
	})
	return []GenCase{
		{Name: "large-row-plus-column", Input: map[string]any{"matrix": genGrid(side, side, func(row, c int) int { return row + c })}},
		{Name: "large-snake", Input: map[string]any{"matrix": snake}},
		{Name: "large-random-full-range", Input: map[string]any{"matrix": genGrid(side, side, func(int, int) int { return r.IntN(math.MaxInt32 + 1) })}},
		{Name: "large-four-values", Input: map[string]any{"matrix": genGrid(side, side, func(int, int) int { return r.IntN(4) })}},
		{Name: "large-all-equal", Input: map[string]any{"matrix": genGrid(side, side, func(int, int) int { return math.MaxInt32 })}},
		{Name: "large-one-row", Input: map[string]any{"matrix": genGrid(1, side, func(_, c int) int { return r.IntN(10) + 20*c })}},
		{Name: "large-one-column-falling", Input: map[string]any{"matrix": genGrid(side, 1, func(row, _ int) int { return side - row })}},
	}
}

// sized builds a square grid of about n cells holding row + column: the
// memoized search does constant work per cell, while a search without
// memory follows every right-and-down path, exponentially many in the side.
func sized(n int) map[string]any {
	side := int(math.Round(math.Sqrt(float64(n))))
	return map[string]any{"matrix": genGrid(side, side, func(r, c int) int { return r + c })}
}
