//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

// genGrid makes an m x n grid of random values in [-100, 100].
func genGrid(r *rand.Rand, m, n int) [][]int {
	g := make([][]int, m)
	for i := range g {
		g[i] = make([]int, n)
		for j := range g[i] {
			g[i][j] = r.IntN(201) - 100
		}
	}
	return g
}

// generate builds grids at the largest sizes: 10 x 10, and the oblong 10 x 9
// and 9 x 10 whose innermost ring collapses to a single row or column.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(54, 9))
	return []GenCase{
		{Name: "large-square", Input: map[string]any{"matrix": genGrid(r, 10, 10)}},
		{Name: "large-tall", Input: map[string]any{"matrix": genGrid(r, 10, 9)}},
		{Name: "large-wide", Input: map[string]any{"matrix": genGrid(r, 9, 10)}},
		{Name: "large-column", Input: map[string]any{"matrix": genGrid(r, 10, 1)}},
	}
}

// sized builds a square grid of about n cells (side ⌊√n⌋) with one-digit
// values, so that even 2^21 cells stay under 8 MB of JSON; the walk reads
// each cell once.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(54, uint64(n)))
	side := int(math.Sqrt(float64(n)))
	g := make([][]int, side)
	for i := range g {
		g[i] = make([]int, side)
		for j := range g[i] {
			g[i][j] = r.IntN(10)
		}
	}
	return map[string]any{"matrix": g}
}
