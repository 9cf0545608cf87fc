//go:build ignore

package main

import "math/rand/v2"

// genRandomGrid fills an s x s board with a random permutation of 0..s^2-1.
func genRandomGrid(r *rand.Rand, s int) [][]int {
	perm := r.Perm(s * s)
	g := make([][]int, s)
	for i := range g {
		g[i] = perm[i*s : (i+1)*s]
	}
	return g
}

// genSnake lays the lowest heights along a winding route (a full row, one
// square down at the side, the next row back the other way), and the rest
// higher, so the best route turns up, down, left and right.
func genSnake(s int) [][]int {
	g := make([][]int, s)
	for i := range g {
		g[i] = make([]int, s)
		for j := range g[i] {
			g[i][j] = -1
		}
	}
	v := 0
	for r := 0; r < s; r++ {
		if r%2 == 0 {
			for k := 0; k < s; k++ {
				c := k
				if (r/2)%2 == 1 {
					c = s - 1 - k
				}
				g[r][c] = v
				v++
			}
		} else {
			c := s - 1
			if (r/2)%2 == 1 {
				c = 0
			}
			g[r][c] = v
			v++
		}
	}
	for r := range g {
		for c := range g[r] {
			if g[r][c] < 0 {
				g[r][c] = v
				v++
			}
		}
	}
	return g
}

// generate builds 50 x 50 boards: random heights, a winding low route, the
// start as the highest square, and heights rising along the rows (the answer
// is the last square).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(778, 9))
	const s = 50
	startHigh := genRandomGrid(r, s)
	for i := range startHigh {
		for j := range startHigh[i] {
			if startHigh[i][j] == s*s-1 {
				startHigh[i][j], startHigh[0][0] = startHigh[0][0], s*s-1
			}
		}
	}
	rising := make([][]int, s)
	for i := range rising {
		rising[i] = make([]int, s)
		for j := range rising[i] {
			rising[i][j] = i*s + j
		}
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"grid": genRandomGrid(r, s)}},
		{Name: "large-snake", Input: map[string]any{"grid": genSnake(s)}},
		{Name: "large-start-highest", Input: map[string]any{"grid": startHigh}},
		{Name: "large-rising", Input: map[string]any{"grid": rising}},
	}
}

// sized builds a square board of at least n cells with random heights.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(778, uint64(n)))
	s := 1
	for s*s < n {
		s++
	}
	return map[string]any{"grid": genRandomGrid(r, s)}
}
