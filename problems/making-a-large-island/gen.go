//go:build ignore

package main

import "math/rand/v2"

// genGrid is an n x n grid whose cell (r, c) is land(r, c).
func genGrid(n int, land func(r, c int) bool) [][]int {
	g := make([][]int, n)
	for r := range g {
		g[r] = make([]int, n)
		for c := range g[r] {
			if land(r, c) {
				g[r][c] = 1
			}
		}
	}
	return g
}

// genDotted is land everywhere but every third cell of every third row:
// one huge island with about n^2/9 water cells in it, each touching it.
func genDotted(n int) [][]int {
	return genGrid(n, func(r, c int) bool { return r%3 != 1 || c%3 != 1 })
}

// generate builds 500 x 500 grids: land dotted with water (each flip
// re-measures a huge island), all land, all water, a checkerboard of
// single cells, two halves split by one water column, and random land.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(827, 500))
	const n = 500
	return []GenCase{
		{Name: "large-dotted-with-water", Input: map[string]any{"grid": genDotted(n)}},
		{Name: "large-all-land", Input: map[string]any{"grid": genGrid(n, func(int, int) bool { return true })}},
		{Name: "large-all-water", Input: map[string]any{"grid": genGrid(n, func(int, int) bool { return false })}},
		{Name: "large-checkerboard", Input: map[string]any{"grid": genGrid(n, func(y, x int) bool { return (y+x)%2 == 0 })}},
		{Name: "large-split-halves", Input: map[string]any{"grid": genGrid(n, func(_, x int) bool { return x != n/2 })}},
		{Name: "large-comb", Input: map[string]any{"grid": genGrid(n, func(y, x int) bool { return x%2 == 0 || y == 0 })}},
		{Name: "large-random-half", Input: map[string]any{"grid": genGrid(n, func(int, int) bool { return r.IntN(2) == 0 })}},
		{Name: "large-random-sparse", Input: map[string]any{"grid": genGrid(n, func(int, int) bool { return r.IntN(10) < 3 })}},
	}
}

// sized is a square grid of about n cells dotted with water: one island
// holding almost all of them, and a ninth of the cells water next to it.
func sized(n int) map[string]any {
	side := 1
	for (side+1)*(side+1) <= n {
		side++
	}
	return map[string]any{"grid": genDotted(side)}
}
