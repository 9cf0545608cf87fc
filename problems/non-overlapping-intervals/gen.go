//go:build ignore

package main

import "math/rand/v2"

const (
	genLo = -50_000
	genHi = 50_000
)

// genRandom makes n intervals inside the allowed range, each starting at a
// random point and lasting between 1 and maxLen units.
func genRandom(r *rand.Rand, n, maxLen int) [][]int {
	ivs := make([][]int, n)
	for i := range ivs {
		s := genLo + r.IntN(genHi-genLo)
		ivs[i] = []int{s, s + 1 + r.IntN(min(maxLen, genHi-s))}
	}
	return ivs
}

// generate builds 10^5 intervals, the maximum: short random ones, a mix of
// short and long ones (a long interval listed first by start blocks many
// short ones), the whole range tiled by shuffled unit intervals (nothing to
// remove), and nested intervals with copies (all but one removed). An O(n^2)
// chain DP does about 5*10^9 steps on each.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(435, 11))
	const n = 100_000

	short := genRandom(r, n, 50)

	mixed := genRandom(r, n, 20)
	for i := 0; i < n; i += 10 {
		s := genLo + r.IntN(genHi-genLo-5000)
		mixed[i] = []int{s, s + 1000 + r.IntN(4000)}
	}

	tiles := make([][]int, n)
	for i := range tiles {
		tiles[i] = []int{genLo + i, genLo + i + 1}
	}
	r.Shuffle(n, func(i, j int) { tiles[i], tiles[j] = tiles[j], tiles[i] })

	nested := make([][]int, n)
	for i := range nested {
		k := 1 + i%50_000
		nested[i] = []int{-k, k}
	}
	r.Shuffle(n, func(i, j int) { nested[i], nested[j] = nested[j], nested[i] })

	return []GenCase{
		{Name: "large-random-short", Input: map[string]any{"intervals": short}},
		{Name: "large-long-among-short", Input: map[string]any{"intervals": mixed}},
		{Name: "large-unit-tiles-shuffled", Input: map[string]any{"intervals": tiles}},
		{Name: "large-nested-with-copies", Input: map[string]any{"intervals": nested}},
	}
}

// sized builds n random intervals of length 1 to 100 in the allowed range:
// the greedy sorts them and scans once, while the chain DP compares every
// pair.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(435, uint64(n)))
	return map[string]any{"intervals": genRandom(r, n, 100)}
}
