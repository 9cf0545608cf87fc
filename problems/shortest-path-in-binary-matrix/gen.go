//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

const genN = 100

func genMatrix(blocked func(r, c int) bool) [][]int {
	g := make([][]int, genN)
	for r := range g {
		g[r] = make([]int, genN)
		for c := range g[r] {
			if blocked(r, c) {
				g[r][c] = 1
			}
		}
	}
	return g
}

// generate builds 100 x 100 grids: fully open (countless routes, so trying
// every path never ends), a serpentine of walls whose gaps alternate sides
// (a route of about 5,000 cells), random obstacles, and an open grid whose
// target is walled in, so the search must exhaust every cell.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(2024, 6))
	open := genMatrix(func(int, int) bool { return false })
	serpentine := genMatrix(func(row, col int) bool {
		if row%2 == 0 || row > 97 {
			return false
		}
		if (row/2)%2 == 0 {
			return col != genN-1
		}
		return col != 0
	})
	genRandom := func(percent int) [][]int {
		g := genMatrix(func(int, int) bool { return r.IntN(100) < percent })
		g[0][0], g[genN-1][genN-1] = 0, 0
		return g
	}
	sparse, dense := genRandom(25), genRandom(40)
	walled := genMatrix(func(row, col int) bool {
		return row >= genN-2 && col >= genN-2 && (row != genN-1 || col != genN-1)
	})
	return []GenCase{
		{Name: "large-open", Input: map[string]any{"grid": open}},
		{Name: "large-serpentine", Input: map[string]any{"grid": serpentine}},
		{Name: "large-random-sparse", Input: map[string]any{"grid": sparse}},
		{Name: "large-random-dense", Input: map[string]any{"grid": dense}},
		{Name: "large-target-walled-in", Input: map[string]any{"grid": walled}},
	}
}

// sized builds an open square grid of about n cells (its side is the square
// root of n, rounded): the search reaches the far corner only after every
// cell has been queued, while the number of simple paths that a
// path-enumerating search tries explodes with the side.
func sized(n int) map[string]any {
	side := int(math.Round(math.Sqrt(float64(n))))
	grid := make([][]int, side)
	for r := range grid {
		grid[r] = make([]int, side)
	}
	return map[string]any{"grid": grid}
}
