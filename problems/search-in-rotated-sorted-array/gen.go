//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

const genN = 5000

// generate builds 5,000 distinct values from [-10^4, 10^4], rotated by 0, 1,
// n - 1 and a random amount, and searches for the values at the rotation
// point, at both ends, and for a value missing from the middle.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(31, 41))
	sorted := r.Perm(20_001)[:genN]
	for i := range sorted {
		sorted[i] -= 10_000
	}
	slices.Sort(sorted)
	rotate := func(k int) []int {
		return append(slices.Clone(sorted[k:]), sorted[:k]...)
	}
	missing := 0
	for i := genN / 3; ; i++ {
		if sorted[i+1]-sorted[i] > 1 {
			missing = sorted[i] + 1
			break
		}
	}
	k := 1_000 + r.IntN(3_000)
	genCase := func(name string, nums []int, target int) GenCase {
		return GenCase{Name: name, Input: map[string]any{"nums": nums, "target": target}}
	}
	return []GenCase{
		genCase("large-not-rotated-last", rotate(0), sorted[genN-1]),
		genCase("large-rotated-by-one-first", rotate(1), sorted[1]),
		genCase("large-rotated-by-n-minus-one-pivot", rotate(genN-1), sorted[0]),
		genCase("large-random-rotation-pivot", rotate(k), sorted[0]),
		genCase("large-random-rotation-before-pivot", rotate(k), sorted[genN-1]),
		genCase("large-random-rotation-missing", rotate(k), missing),
	}
}

// sized is the even numbers 0, 2, ... 2(n-1) rotated by a third, and a
// missing odd target, so the search runs to an empty range. Values pass
// 10^4 from n = 5001 on: the ladder only measures.
func sized(n int) map[string]any {
	sorted := make([]int, n)
	for i := range sorted {
		sorted[i] = 2 * i
	}
	k := n / 3
	// An odd target is missing: the search runs to its end.
	return map[string]any{"nums": append(slices.Clone(sorted[k:]), sorted[:k]...), "target": 2*k + 1}
}
