//go:build ignore

package main

import "math/rand/v2"

// genMatrix makes an m x n matrix of random values in [-10^5, 10^5].
func genMatrix(r *rand.Rand, m, n int) [][]int {
	mat := make([][]int, m)
	for i := range mat {
		mat[i] = make([]int, n)
		for j := range mat[i] {
			mat[i][j] = r.IntN(200_001) - 100_000
		}
	}
	return mat
}

// generate builds matrices of the maximum 10^4 cells in every shape that
// stresses the turns: one row, one column, square, wide and tall, plus a
// matrix of equal values.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(498, 10000))
	input := func(mat [][]int) map[string]any { return map[string]any{"mat": mat} }
	flat := genMatrix(r, 50, 200)
	for i := range flat {
		for j := range flat[i] {
			flat[i][j] = -100_000
		}
	}
	return []GenCase{
		{Name: "large-one-row", Input: input(genMatrix(r, 1, 10000))},
		{Name: "large-one-column", Input: input(genMatrix(r, 10000, 1))},
		{Name: "large-square", Input: input(genMatrix(r, 100, 100))},
		{Name: "large-wide", Input: input(genMatrix(r, 7, 1428))},
		{Name: "large-tall", Input: input(genMatrix(r, 1250, 8))},
		{Name: "large-two-rows", Input: input(genMatrix(r, 2, 5000))},
		{Name: "large-all-equal", Input: input(flat)},
	}
}

// sized is a square matrix of about n cells with small values.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(498, uint64(n)))
	side := 1
	for (side+1)*(side+1) <= n {
		side++
	}
	mat := make([][]int, side)
	for i := range mat {
		mat[i] = make([]int, side)
		for j := range mat[i] {
			mat[i][j] = r.IntN(100)
		}
	}
	return map[string]any{"mat": mat}
}
