//go:build ignore

package main

import "math/rand/v2"

// generate builds 10^4 meetings: all long and overlapping (a timeline walk
// does ~10^10 steps), random spans, a shuffled back-to-back chain, and long
// meetings mixed with short ones so that the room freed first is rarely the
// one last reused.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(13, 17))
	const n = 10000
	const hi = 1_000_000
	genShuffle := func(ms [][]int) [][]int {
		r.Shuffle(len(ms), func(i, j int) { ms[i], ms[j] = ms[j], ms[i] })
		return ms
	}

	long := make([][]int, n)
	for i := range long {
		long[i] = []int{r.IntN(1000), hi - r.IntN(1000)}
	}

	random := make([][]int, n)
	for i := range random {
		s := r.IntN(hi)
		random[i] = []int{s, s + 1 + r.IntN(min(hi-s, 200_000))}
	}

	chain := make([][]int, n)
	for i := range chain {
		chain[i] = []int{i * 100, (i + 1) * 100}
	}
	genShuffle(chain)

	mixed := make([][]int, n)
	for i := range mixed {
		s := r.IntN(hi - 50_000)
		if i%10 == 0 {
			mixed[i] = []int{s, s + 20_000 + r.IntN(30_000)}
		} else {
			mixed[i] = []int{s, s + 1 + r.IntN(200)}
		}
	}

	return []GenCase{
		{Name: "large-all-long", Input: map[string]any{"intervals": long}},
		{Name: "large-random", Input: map[string]any{"intervals": random}},
		{Name: "large-back-to-back-shuffled", Input: map[string]any{"intervals": chain}},
		{Name: "large-long-and-short", Input: map[string]any{"intervals": mixed}},
	}
}

// sized builds n long meetings on a horizon of 30n time units (at most 10^6
// for n up to 32768): each starts in [0, 10n) and lasts between 10n and 20n
// units, so most of them overlap and the heap grows large, while marking
// every time unit of every meeting costs about 15n^2 steps.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(13, uint64(n)))
	ms := make([][]int, n)
	for i := range ms {
		s := r.IntN(10 * n)
		ms[i] = []int{s, s + 10*n + r.IntN(10*n)}
	}
	return map[string]any{"intervals": ms}
}
