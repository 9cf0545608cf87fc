//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length that make a quickselect with a
// fixed (last) pivot degrade to O(n^2): all values equal, ascending and
// descending runs, each with k chosen so the search must go all the way; plus
// a random array.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(215, 9))
	const n = 100000
	flat := make([]int, n)
	for i := range flat {
		flat[i] = 7
	}
	// Non-decreasing across the whole value range (each value repeats ~5 times).
	rising := make([]int, n)
	for i := range rising {
		rising[i] = -10000 + i*20001/n
	}
	falling := make([]int, n)
	for i := range falling {
		falling[i] = 10000 - i*20001/n
	}
	random := make([]int, n)
	for i := range random {
		random[i] = r.IntN(20001) - 10000
	}
	return []GenCase{
		{Name: "large-all-equal", Input: map[string]any{"nums": flat, "k": 1}},
		{Name: "large-ascending-smallest", Input: map[string]any{"nums": rising, "k": n}},
		{Name: "large-descending-largest", Input: map[string]any{"nums": falling, "k": 1}},
		{Name: "large-random", Input: map[string]any{"nums": random, "k": 1 + r.IntN(n)}},
	}
}
