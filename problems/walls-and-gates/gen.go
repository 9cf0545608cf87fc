//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

const (
	genSize  = 250
	genEmpty = 2147483647
)

func genPlan(rows, cols int, cell func(r, c int) int) [][]int {
	g := make([][]int, rows)
	for r := range g {
		g[r] = make([]int, cols)
		for c := range g[r] {
			g[r][c] = cell(r, c)
		}
	}
	return g
}

// genBand is a plan whose top band rows hold gates in every odd column, with
// empty rooms between them leading down into one open hall: every gate
// reaches nearly every room, so a search per gate costs gates × rooms.
func genBand(rows, cols, band int) [][]int {
	return genPlan(rows, cols, func(r, c int) int {
		if r < band && c%2 == 1 {
			return 0
		}
		return genEmpty
	})
}

// generate builds 250 x 250 plans: a band of 2,000 gates over an open hall
// (a search from each gate does 10^8 steps), one gate in a corner of an empty
// floor (distances up to 498), a snake-shaped corridor where the shortest
// path turns back on itself again and again (one-directional sweeps fail),
// and random walls with a few random gates.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(286, 7))
	corner := genPlan(genSize, genSize, func(r, c int) int {
		if r == genSize-1 && c == genSize-1 {
			return 0
		}
		return genEmpty
	})
	snake := genPlan(genSize, genSize, func(row, col int) int {
		switch {
		case row == 0 && col == 0:
			return 0
		case row%2 == 0:
			return genEmpty
		case row%4 == 1 && col == genSize-1, row%4 == 3 && col == 0:
			return genEmpty
		}
		return -1
	})
	random := genPlan(genSize, genSize, func(int, int) int {
		switch x := r.IntN(1000); {
		case x < 3:
			return 0
		case x < 300:
			return -1
		}
		return genEmpty
	})
	return []GenCase{
		{Name: "large-gate-band", Input: map[string]any{"rooms": genBand(genSize, genSize, 16)}},
		{Name: "large-single-corner-gate", Input: map[string]any{"rooms": corner}},
		{Name: "large-snake-corridor", Input: map[string]any{"rooms": snake}},
		{Name: "large-random", Input: map[string]any{"rooms": random}},
	}
}

// sized is a near-square plan of about n cells whose top sixteenth holds a
// band of gates (about n/32 of them) over an open hall.
func sized(n int) map[string]any {
	rows := max(1, int(math.Sqrt(float64(n))))
	cols := n / rows
	return map[string]any{"rooms": genBand(rows, cols, max(1, rows/16))}
}
