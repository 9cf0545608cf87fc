//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

const genSize = 200

func genHeights(rows, cols int, h func(r, c int) int) [][]int {
	g := make([][]int, rows)
	for r := range g {
		g[r] = make([]int, cols)
		for c := range g[r] {
			g[r][c] = h(r, c)
		}
	}
	return g
}

// generate builds 200 x 200 islands: all squares equal (every square drains
// everywhere, so following water from each square floods the whole grid each
// time), a long snake-shaped channel descending step by step to one corner
// between high walls, a cone peaking in the middle, a bowl sinking to the
// middle, and random heights over the full range.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(417, 3))
	flat := genHeights(genSize, genSize, func(int, int) int { return 100000 })
	// The channel runs along even rows, switching rows at alternating ends;
	// its height drops by one per square, ending at the bottom-left corner.
	snakeIndex := func(row, col int) int {
		if row%4 == 0 {
			return row/2*genSize + col
		}
		return row/2*genSize + genSize - 1 - col
	}
	total := genSize / 2 * genSize
	snake := genHeights(genSize, genSize, func(row, col int) int {
		switch {
		case row%2 == 0:
			return total - snakeIndex(row, col)
		case row%4 == 1 && col == genSize-1:
			return total - snakeIndex(row-1, col) - 1
		case row%4 == 3 && col == 0:
			return total - snakeIndex(row-1, col) - 1
		}
		return 100000
	})
	cone := genHeights(genSize, genSize, func(row, col int) int {
		return 100000 - 500*max(genAbs(row-genSize/2), genAbs(col-genSize/2))
	})
	bowl := genHeights(genSize, genSize, func(row, col int) int {
		return 500 * max(genAbs(row-genSize/2), genAbs(col-genSize/2))
	})
	random := genHeights(genSize, genSize, func(int, int) int { return r.IntN(100001) })
	return []GenCase{
		{Name: "large-flat", Input: map[string]any{"heights": flat}},
		{Name: "large-snake-channel", Input: map[string]any{"heights": snake}},
		{Name: "large-cone", Input: map[string]any{"heights": cone}},
		{Name: "large-bowl", Input: map[string]any{"heights": bowl}},
		{Name: "large-random", Input: map[string]any{"heights": random}},
	}
}

func genAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sized is a near-square island of about n squares rising toward the
// bottom-right corner (height row + column). The Pacific climb covers every
// square, and water followed downhill from a square floods the whole
// rectangle above and to the left of it: n^2/4 steps over all squares.
func sized(n int) map[string]any {
	rows := max(1, int(math.Sqrt(float64(n))))
	cols := n / rows
	return map[string]any{"heights": genHeights(rows, cols, func(r, c int) int { return r + c })}
}
