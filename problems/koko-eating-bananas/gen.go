//go:build ignore

package main

import "math/rand/v2"

const genPiles = 10_000

// generate builds 10,000 piles: all of the maximum size with one hour per
// pile (the answer is 10^9, so trying speeds upward from 1 never finishes),
// random piles with a few spare hours, random piles with the maximum h, and
// random piles whose answer lies mid-range.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(875, 4))
	full := make([]int, genPiles)
	for i := range full {
		full[i] = 1_000_000_000
	}
	genRandom := func() []int {
		p := make([]int, genPiles)
		for i := range p {
			p[i] = 1 + r.IntN(1_000_000_000)
		}
		return p
	}
	return []GenCase{
		{Name: "large-max-piles-one-hour-each", Input: map[string]any{"piles": full, "h": genPiles}},
		{Name: "large-random-tight", Input: map[string]any{"piles": genRandom(), "h": genPiles + 37}},
		{Name: "large-random-max-hours", Input: map[string]any{"piles": genRandom(), "h": 1_000_000_000}},
		{Name: "large-random-mid", Input: map[string]any{"piles": genRandom(), "h": 3_141_592}},
	}
}

// sized is n random piles of up to n bananas, the largest exactly n, with
// one hour per pile: the answer is n, so the binary search takes log n
// rounds over all piles, and trying speeds upward from 1 takes n rounds.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(875, uint64(n)))
	piles := make([]int, n)
	for i := range piles {
		piles[i] = 1 + r.IntN(n)
	}
	piles[r.IntN(n)] = n
	return map[string]any{"piles": piles, "h": n}
}
