//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds 10^4 distinct points: spread over the whole range, packed
// in a small grid (many equal distances), sorted from far to near so every
// new point displaces the current farthest, the single nearest point placed
// last, and k = n.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(973, 6))
	const n = 10000
	genSq := func(p []int) int { return p[0]*p[0] + p[1]*p[1] }
	// genK moves k down until the k-th and (k+1)-th distances differ, so the
	// answer is unique.
	genK := func(pts [][]int, k int) int {
		d := make([]int, len(pts))
		for i, p := range pts {
			d[i] = genSq(p)
		}
		slices.Sort(d)
		for k < len(d) && d[k-1] == d[k] {
			k--
		}
		return k
	}
	genSpread := func() [][]int { return genDistinctPoints(r, n) }

	spread := genSpread()

	// 10^4 of the 121 x 121 grid points around the origin.
	grid := make([][]int, 0, n)
	for _, c := range r.Perm(121 * 121)[:n] {
		grid = append(grid, []int{c%121 - 60, c/121 - 60})
	}

	approaching := genSpread()
	slices.SortFunc(approaching, func(a, b []int) int { return genSq(b) - genSq(a) })

	nearestLast := genSpread()
	nearestLast[n-1] = []int{1, -1}
	for i := 0; i < n-1; i++ { // no other point may be as near
		if genSq(nearestLast[i]) <= 2 {
			nearestLast[i] = []int{10000, -10000 + i}
		}
	}

	return []GenCase{
		{Name: "large-spread-half", Input: map[string]any{"points": spread, "k": genK(spread, n/2)}},
		{Name: "large-grid-many-ties", Input: map[string]any{"points": grid, "k": genK(grid, 3000)}},
		{Name: "large-far-to-near", Input: map[string]any{"points": approaching, "k": genK(approaching, 5000)}},
		{Name: "large-nearest-last", Input: map[string]any{"points": nearestLast, "k": 1}},
		{Name: "large-k-is-n", Input: map[string]any{"points": genSpread(), "k": n}},
	}
}

// sized is n distinct random points sorted from far to near, so every point
// displaces the current farthest candidate, with k about n/2 (moved down
// until the answer is unique).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(973, uint64(n)))
	pts := genDistinctPoints(r, n)
	slices.SortFunc(pts, func(a, b []int) int { return genSqDist(b) - genSqDist(a) })
	// Sorted far to near: the k nearest are the last k; k is unique when
	// the k-th and (k+1)-th from the end differ.
	k := max(n/2, 1)
	for k < n && genSqDist(pts[n-k]) == genSqDist(pts[n-k-1]) {
		k--
	}
	return map[string]any{"points": pts, "k": k}
}

func genSqDist(p []int) int { return p[0]*p[0] + p[1]*p[1] }

// genDistinctPoints is n distinct random points of the whole range.
func genDistinctPoints(r *rand.Rand, n int) [][]int {
	seen := make(map[[2]int]bool, n)
	pts := make([][]int, 0, n)
	for len(pts) < n {
		x, y := r.IntN(20001)-10000, r.IntN(20001)-10000
		if !seen[[2]int{x, y}] {
			seen[[2]int{x, y}] = true
			pts = append(pts, []int{x, y})
		}
	}
	return pts
}
