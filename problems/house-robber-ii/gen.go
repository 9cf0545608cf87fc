//go:build ignore

package main

import "math/rand/v2"

// generate builds rings of the maximum size, 100 houses: random cash, rich
// houses at both ends (the straight-street plan takes both), a pattern where
// the best plan skips two houses again and again, and every house at the
// maximum.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(213, 1))
	const n = 100
	random := make([]int, n)
	richEnds := make([]int, n)
	skips := make([]int, n)
	flat := make([]int, n)
	for i := range n {
		random[i] = r.IntN(1001)
		richEnds[i] = r.IntN(300)
		if i%3 == 0 {
			skips[i] = 700 + r.IntN(301)
		} else {
			skips[i] = r.IntN(300)
		}
		flat[i] = 1000
	}
	richEnds[0], richEnds[n-1] = 1000, 999
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-rich-ends", Input: map[string]any{"nums": richEnds}},
		{Name: "large-skip-two", Input: map[string]any{"nums": skips}},
		{Name: "large-all-max", Input: map[string]any{"nums": flat}},
	}
}

// sized builds a ring of n houses with random cash. The reference makes two
// linear passes whatever the values; the plain recursion makes about
// Fibonacci(n) calls on any ring, so the ladder starts small.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(213, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		nums[i] = r.IntN(1001)
	}
	return map[string]any{"nums": nums}
}
