//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
)

// genMatrix makes a side x side matrix of random values in [-1000, 1000].
func genMatrix(r *rand.Rand, side int) [][]int {
	m := make([][]int, side)
	for i := range m {
		m[i] = make([]int, side)
		for j := range m[i] {
			m[i][j] = r.IntN(2001) - 1000
		}
	}
	return m
}

// generate builds matrices of the largest sides, 20 and 19 (an odd side has
// a centre that must stay put), random and with every cell distinct, so any
// cell sent to the wrong place shows.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(48, 5))
	distinct := func(side int) [][]int {
		m := make([][]int, side)
		for i := range m {
			m[i] = make([]int, side)
			for j := range m[i] {
				m[i][j] = i*side + j - 200
			}
		}
		return m
	}
	return []GenCase{
		{Name: "large-random-20", Input: map[string]any{"matrix": genMatrix(r, 20)}},
		{Name: "large-random-19", Input: map[string]any{"matrix": genMatrix(r, 19)}},
		{Name: "large-distinct-20", Input: map[string]any{"matrix": distinct(20)}},
		{Name: "large-distinct-19", Input: map[string]any{"matrix": distinct(19)}},
	}
}

// sized builds a square matrix of about n cells (side ⌊√n⌋) with one-digit
// values, so that even 2^21 cells stay under 8 MB of JSON; every approach
// touches every cell a constant number of times.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(48, uint64(n)))
	side := int(math.Sqrt(float64(n)))
	m := make([][]int, side)
	for i := range m {
		m[i] = make([]int, side)
		for j := range m[i] {
			m[i][j] = r.IntN(10)
		}
	}
	return map[string]any{"matrix": m}
}
