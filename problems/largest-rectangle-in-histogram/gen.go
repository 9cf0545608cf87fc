//go:build ignore

package main

import "math/rand/v2"

// generate builds histograms of the maximum length: all bars at the maximum
// height (the answer is 10^9, and growing each bar outward is quadratic),
// bars rising to the maximum, bars falling from it, a pyramid, and random
// bars split by a few zeros.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(5, 8))
	const n, top = 100000, 10000
	flat := make([]int, n)
	rising := make([]int, n)
	falling := make([]int, n)
	pyramid := make([]int, n)
	random := make([]int, n)
	for i := range n {
		flat[i] = top
		rising[i] = 1 + i*top/n
		falling[i] = top - i*top/n
		pyramid[i] = 1 + min(i, n-1-i)*2*top/n
		if r.IntN(10000) != 0 {
			random[i] = r.IntN(top + 1)
		}
	}
	return []GenCase{
		{Name: "large-flat-maximum", Input: map[string]any{"heights": flat}},
		{Name: "large-rising", Input: map[string]any{"heights": rising}},
		{Name: "large-falling", Input: map[string]any{"heights": falling}},
		{Name: "large-pyramid", Input: map[string]any{"heights": pyramid}},
		{Name: "large-random-with-zeros", Input: map[string]any{"heights": random}},
	}
}

// sized builds n bars of one height: every bar's rectangle spans the whole
// histogram, so growing each bar outward, or trying every span, is n^2.
func sized(n int) map[string]any {
	heights := make([]int, n)
	for i := range heights {
		heights[i] = 7
	}
	return map[string]any{"heights": heights}
}
