//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

// genGrid makes an m x n grid of non-zero values spread over the whole int32
// range, then sets the given number of random cells to zero.
func genGrid(r *rand.Rand, m, n, zeros int) [][]int {
	g := make([][]int, m)
	for i := range g {
		g[i] = make([]int, n)
		for j := range g[i] {
			for g[i][j] == 0 {
				g[i][j] = int(r.Int64N(1<<32) - 1<<31)
			}
		}
	}
	for range zeros {
		g[r.IntN(m)][r.IntN(n)] = 0
	}
	return g
}

// generate builds 200 x 200 grids, the maximum: a few scattered zeros, many
// zeros, zeros only in the first row and column (the cells that hold the
// marks), and no zero at all with -2^31 in every other cell.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(73, 1))
	const side = 200
	edges := genGrid(r, side, side, 0)
	edges[0][57] = 0
	edges[133][0] = 0
	extremes := genGrid(r, side, side, 0)
	for i := range extremes {
		for j := range extremes[i] {
			if (i+j)%2 == 0 {
				extremes[i][j] = math.MinInt32
			}
		}
	}
	return []GenCase{
		{Name: "large-few-zeros", Input: map[string]any{"matrix": genGrid(r, side, side, 5)}},
		{Name: "large-many-zeros", Input: map[string]any{"matrix": genGrid(r, side, side, 150)}},
		{Name: "large-zeros-on-first-row-and-column", Input: map[string]any{"matrix": edges}},
		{Name: "large-no-zero-extremes", Input: map[string]any{"matrix": extremes}},
		{Name: "large-wide", Input: map[string]any{"matrix": genGrid(r, 7, side, 3)}},
	}
}

// sized builds a square grid of about n cells (side ⌊√n⌋) with values from
// 1 to 999 (small, to keep the JSON under 8 MB) and a handful of zeros:
// every approach reads every cell, and the marks decide each one.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(73, uint64(n)))
	side := int(math.Sqrt(float64(n)))
	g := make([][]int, side)
	for i := range g {
		g[i] = make([]int, side)
		for j := range g[i] {
			g[i][j] = 1 + r.IntN(999)
		}
	}
	for range side / 8 {
		g[r.IntN(side)][r.IntN(side)] = 0
	}
	return map[string]any{"matrix": g}
}
