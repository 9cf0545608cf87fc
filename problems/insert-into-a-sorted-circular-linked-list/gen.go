//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds rings of the maximum size, 5*10^4 nodes: sorted values
// read from a rotation point, with the place for x just behind the given
// node (a walk of the whole ring), at the drop (a new largest or smallest
// value), in the middle, among many duplicates, and all values equal
// (no pair fits: only the full-turn stop ends the walk).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(708, 50_000))
	const n = 50_000
	sorted := func(lo, hi int) []int {
		v := make([]int, n)
		for i := range v {
			v[i] = lo + r.IntN(hi-lo+1)
		}
		slices.Sort(v)
		return v
	}
	rotate := func(v []int, k int) []int { return append(slices.Clone(v[k:]), v[:k]...) }
	genCase := func(name string, head []int, x int) GenCase {
		return GenCase{Name: name, Input: map[string]any{"head": head, "insertVal": x}}
	}
	wide := sorted(-1_000_000, 1_000_000)
	// The given node just after x's place: x fits between the last two
	// values read.
	behind := rotate(wide, n/3)
	xBehind := (behind[n-2] + behind[n-1]) / 2
	dups := sorted(-5, 5)
	equal := make([]int, n)
	for i := range equal {
		equal[i] = 7
	}
	return []GenCase{
		genCase("large-place-just-behind-head", behind, xBehind),
		genCase("large-new-max", rotate(wide, n/2+1), 1_000_000),
		genCase("large-new-min", rotate(wide, 1), -1_000_000),
		genCase("large-head-smallest-new-max", wide, 1_000_000),
		genCase("large-middle", rotate(wide, 2*n/3), wide[n/4]),
		genCase("large-many-duplicates", rotate(dups, n/5), 0),
		genCase("large-all-equal-x-larger", equal, 8),
		genCase("large-all-equal-x-smaller", equal, -1_000_000),
		genCase("large-all-equal-x-equal", equal, 7),
	}
}

// sized makes a ring of n nodes with values 0, 2, 4, ... read from the
// given node, and x one below the largest: its place is the last pair
// before the walk would come back round.
func sized(n int) map[string]any {
	head := make([]int, n)
	for i := range head {
		head[i] = 2 * i
	}
	return map[string]any{"head": head, "insertVal": 2*(n-1) - 1}
}
