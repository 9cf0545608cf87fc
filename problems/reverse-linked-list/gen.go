//go:build ignore

package main

import "math/rand/v2"

// generate builds lists of the maximum length: random values, a run of equal
// values, and a strictly increasing list spanning the whole value range.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(206, 1))
	const n = 5000
	random := make([]int, n)
	for i := range random {
		random[i] = r.IntN(10001) - 5000
	}
	flat := make([]int, n)
	for i := range flat {
		flat[i] = -5000
	}
	rising := make([]int, n)
	for i := range rising {
		rising[i] = 2*i - 5000
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"head": random}},
		{Name: "large-all-equal", Input: map[string]any{"head": flat}},
		{Name: "large-increasing", Input: map[string]any{"head": rising}},
	}
}

// sized is a list of n random values from [-9, 9] (short, so that
// decoding the input stays cheap next to the call).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(206, uint64(n)))
	l := make([]int, n)
	for i := range l {
		l[i] = r.IntN(19) - 9
	}
	return map[string]any{"head": l}
}
