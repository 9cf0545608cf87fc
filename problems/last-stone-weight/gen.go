//go:build ignore

package main

import "math/rand/v2"

// generate builds piles of the maximum size, 30 stones: random weights,
// weights close together (many rounds with small leftovers), one heavy
// stone among light ones, 30 equal stones, and 29 distinct weights with a
// second copy of one of them.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1046, 1))
	const n = 30
	genPile := func(lo, hi int) []int {
		s := make([]int, n)
		for i := range s {
			s[i] = lo + r.IntN(hi-lo+1)
		}
		return s
	}
	heavy := genPile(1, 40)
	heavy[r.IntN(n)] = 1000
	equal := make([]int, n)
	for i := range equal {
		equal[i] = 1000
	}
	spread := r.Perm(1000)[:n-1]
	for i := range spread {
		spread[i]++
	}
	spread = append(spread, spread[0])
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"stones": genPile(1, 1000)}},
		{Name: "large-close-weights", Input: map[string]any{"stones": genPile(990, 1000)}},
		{Name: "large-one-heavy", Input: map[string]any{"stones": heavy}},
		{Name: "large-all-equal", Input: map[string]any{"stones": equal}},
		{Name: "large-distinct-plus-copy", Input: map[string]any{"stones": spread}},
	}
}

// sized builds a pile of n stones with random weights in [1, 1000]: each
// round removes one or two stones, so there are between n/2 and n-1 rounds,
// each of which a solution that sorts the pile again pays O(n log n) for.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(1046, uint64(n)))
	s := make([]int, n)
	for i := range s {
		s[i] = 1 + r.IntN(1000)
	}
	return map[string]any{"stones": s}
}
