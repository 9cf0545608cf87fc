//go:build ignore

package main

import "math/rand/v2"

// genRandom returns n random bars no taller than top.
func genRandom(r *rand.Rand, n, top int) []int {
	h := make([]int, n)
	for i := range h {
		h[i] = r.IntN(top + 1)
	}
	return h
}

// generate builds terrains of the maximum width: random bars up to the
// maximum height, a deep V with its tallest walls at both ends (the water
// level over the middle depends on the far ends), a peak in the middle with
// a valley on each side, and a sawtooth of many small pools.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(23, 29))
	const n, top = 20000, 100000
	v := make([]int, n)
	for i := range v {
		d := max(i, n-1-i) - n/2 // 0 in the middle, n/2 at the ends
		v[i] = min(top, 10*d)
	}
	peak := make([]int, n)
	for i := range peak {
		switch {
		case i == n/2:
			peak[i] = top
		case i == 0 || i == n-1:
			peak[i] = top - 1 - r.IntN(1000)
		default:
			peak[i] = r.IntN(top / 2)
		}
	}
	saw := make([]int, n)
	for i := range saw {
		saw[i] = (i%7)*(top/7) + r.IntN(10)
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"height": genRandom(r, n, top)}},
		{Name: "large-v", Input: map[string]any{"height": v}},
		{Name: "large-peak-between-valleys", Input: map[string]any{"height": peak}},
		{Name: "large-sawtooth", Input: map[string]any{"height": saw}},
	}
}

// sized builds n random bars, as tall as n allows (up to 10^5): scanning both
// sides of every column is O(n^2), and filling layer by layer costs n times
// the tallest bar, O(n^2) while n stays under 10^5.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(23, uint64(n)))
	return map[string]any{"height": genRandom(r, n, min(n, 100000))}
}
