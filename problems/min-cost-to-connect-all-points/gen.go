//go:build ignore

package main

import "math/rand/v2"

// genClusters places n distinct points in two far-apart squares, so the one
// cable joining them is the most expensive pair of all that Kruskal's scan
// must reach.
func genClusters(r *rand.Rand, n int) [][]int {
	seen := map[[2]int]bool{}
	pts := make([][]int, 0, n)
	for len(pts) < n {
		x, y := r.IntN(200_001), r.IntN(200_001)
		if len(pts)%2 == 1 {
			x, y = x-1_000_000, y-1_000_000
		} else {
			x, y = x+800_000, y+800_000
		}
		if !seen[[2]int{x, y}] {
			seen[[2]int{x, y}] = true
			pts = append(pts, []int{x, y})
		}
	}
	return pts
}

// generate builds 1,000 points: spread over the whole grid, in two far-apart
// clusters, and on one diagonal line where many pairs tie.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1584, 3))
	const n = 1000
	seen := map[[2]int]bool{}
	spread := make([][]int, 0, n)
	for len(spread) < n {
		x, y := r.IntN(2_000_001)-1_000_000, r.IntN(2_000_001)-1_000_000
		if !seen[[2]int{x, y}] {
			seen[[2]int{x, y}] = true
			spread = append(spread, []int{x, y})
		}
	}
	line := make([][]int, n)
	for i, p := range r.Perm(n) {
		line[i] = []int{p*2000 - 1_000_000, p*2000 - 1_000_000}
	}
	return []GenCase{
		{Name: "large-spread", Input: map[string]any{"points": spread}},
		{Name: "large-two-clusters", Input: map[string]any{"points": genClusters(r, n)}},
		{Name: "large-diagonal", Input: map[string]any{"points": line}},
	}
}

// sized builds n points in two far-apart clusters.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(1584, uint64(n)))
	return map[string]any{"points": genClusters(r, n)}
}
