//go:build ignore

package main

import "math/rand/v2"

const genMax = 10_000_000

// genIntervals makes n intervals inside [1, genMax] whose lengths are drawn
// up to maxLen.
func genIntervals(r *rand.Rand, n, maxLen int) [][]int {
	ivs := make([][]int, n)
	for i := range ivs {
		left := 1 + r.IntN(genMax)
		ivs[i] = []int{left, left + r.IntN(min(maxLen, genMax-left+1))}
	}
	return ivs
}

// genQueries makes n queries drawn from [1, genMax].
func genQueries(r *rand.Rand, n int) []int {
	qs := make([]int, n)
	for i := range qs {
		qs[i] = 1 + r.IntN(genMax)
	}
	return qs
}

// generate builds 10^5 intervals and 10^5 queries, the maximum: random
// spans of every length, nested intervals around one centre with queries
// spread over them, short disjoint intervals that leave most queries
// uncovered, and one query value asked 10^5 times. Scanning every interval
// for every query costs 10^10 steps on each.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1851, 3))
	const n = 100_000

	nested := make([][]int, n)
	for i := range nested {
		k := 1 + r.IntN(genMax/2-1)
		nested[i] = []int{genMax/2 - k + 1, genMax/2 + k}
	}

	sparse := make([][]int, n)
	for i := range sparse {
		left := 1 + i*100
		sparse[i] = []int{left, left + r.IntN(10)}
	}
	r.Shuffle(n, func(i, j int) { sparse[i], sparse[j] = sparse[j], sparse[i] })

	same := make([]int, n)
	for i := range same {
		same[i] = genMax / 3
	}

	return []GenCase{
		{Name: "large-random", Input: map[string]any{"intervals": genIntervals(r, n, genMax), "queries": genQueries(r, n)}},
		{Name: "large-short-random", Input: map[string]any{"intervals": genIntervals(r, n, 1000), "queries": genQueries(r, n)}},
		{Name: "large-nested", Input: map[string]any{"intervals": nested, "queries": genQueries(r, n)}},
		{Name: "large-sparse-mostly-uncovered", Input: map[string]any{"intervals": sparse, "queries": genQueries(r, n)}},
		{Name: "large-one-query-value", Input: map[string]any{"intervals": genIntervals(r, n, genMax), "queries": same}},
	}
}

// sized builds n random intervals of random length and n random queries:
// the sweep sorts both and moves each interval through the heap once, while
// the per-query scan checks all n intervals n times.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(1851, uint64(n)))
	return map[string]any{"intervals": genIntervals(r, n, genMax), "queries": genQueries(r, n)}
}
