//go:build ignore

package main

import "math/rand/v2"

const genSize = 300

func genGrid(land func(r, c int) bool) [][]string {
	g := make([][]string, genSize)
	for r := range g {
		g[r] = make([]string, genSize)
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
	snake := genGrid(func(row, col int) bool {
		switch {
		case row%2 == 0:
			return true
		case row%4 == 1:
			return col == genSize-1
		default:
			return col == 0
		}
	})
	checker := genGrid(func(row, col int) bool { return (row+col)%2 == 0 })
	random := genGrid(func(int, int) bool { return r.IntN(100) < 58 })
	return []GenCase{
		{Name: "large-solid-land", Input: map[string]any{"grid": solid}},
		{Name: "large-snake", Input: map[string]any{"grid": snake}},
		{Name: "large-checkerboard", Input: map[string]any{"grid": checker}},
		{Name: "large-random", Input: map[string]any{"grid": random}},
	}
}
