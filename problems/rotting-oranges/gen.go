//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

// generate builds 10 x 10 crates (the maximum): a snake-shaped row of fresh
// oranges rotted from its far end, a full crate with rot in one corner,
// random crates with several rotten sources, and a random crate in which one
// fresh orange is walled off.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(8, 13))
	genFill := func(f func(row, col int) int) [][]int {
		g := make([][]int, 10)
		for row := range g {
			g[row] = make([]int, 10)
			for col := range g[row] {
				g[row][col] = f(row, col)
			}
		}
		return g
	}
	snake := genFill(func(row, col int) int {
		switch {
		case row%2 == 0, row%4 == 1 && col == 9, row%4 == 3 && col == 0:
			return 1
		}
		return 0
	})
	snake[8][9] = 2
	corner := genFill(func(row, col int) int { return 1 })
	corner[9][9] = 2
	genRandom := func() [][]int {
		return genFill(func(int, int) int {
			switch p := r.IntN(100); {
			case p < 15:
				return 0
			case p < 20:
				return 2
			default:
				return 1
			}
		})
	}
	random1, random2 := genRandom(), genRandom()
	walled := genRandom()
	walled[0][0], walled[0][1], walled[1][0] = 1, 0, 0
	return []GenCase{
		{Name: "large-snake", Input: map[string]any{"grid": snake}},
		{Name: "large-full-corner", Input: map[string]any{"grid": corner}},
		{Name: "large-random-1", Input: map[string]any{"grid": random1}},
		{Name: "large-random-2", Input: map[string]any{"grid": random2}},
		{Name: "large-random-walled-off", Input: map[string]any{"grid": walled}},
	}
}

// sized is a near-square crate of about n cells holding one snake of fresh
// oranges through half of them, rotten at one end: the rot needs about n/2
// minutes, so simulating minute by minute over the whole crate costs
// O(n^2), while the breadth-first search stays O(n).
func sized(n int) map[string]any {
	rows := max(1, int(math.Sqrt(float64(n))))
	cols := n / rows
	g := make([][]int, rows)
	for row := range g {
		g[row] = make([]int, cols)
		for col := range g[row] {
			if row%2 == 0 || (row%4 == 1 && col == cols-1) || (row%4 == 3 && col == 0) {
				g[row][col] = 1
			}
		}
	}
	g[0][0] = 2
	return map[string]any{"grid": g}
}
