//go:build ignore

package main

import "math/rand/v2"

// genRandom returns n random heights over the whole allowed range.
func genRandom(r *rand.Rand, n int) []int {
	h := make([]int, n)
	for i := range h {
		h[i] = r.IntN(10001)
	}
	return h
}

// generate builds rows of the maximum length: random heights, heights rising
// towards the middle and falling after it (the best pair is near the middle,
// far from where the pointers start), and all walls at the maximum height.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(17, 19))
	const n = 100000
	hill := make([]int, n)
	for i := range hill {
		d := min(i, n-1-i)
		hill[i] = min(10000, d/5+r.IntN(3))
	}
	flat := make([]int, n)
	for i := range flat {
		flat[i] = 10000
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"height": genRandom(r, n)}},
		{Name: "large-hill", Input: map[string]any{"height": hill}},
		{Name: "large-all-max", Input: map[string]any{"height": flat}},
	}
}

// sized builds n random heights: the two pointers always take n-1 steps, and
// trying every pair takes n^2/2.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(17, uint64(n)))
	return map[string]any{"height": genRandom(r, n)}
}
