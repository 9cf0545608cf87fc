//go:build ignore

package main

import "math/rand/v2"

// generate builds lists of the maximum length (even and odd) with random
// values, and one where every value is equal.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(143, 8))
	genList := func(n int) []int {
		l := make([]int, n)
		for i := range l {
			l[i] = 1 + r.IntN(1000)
		}
		return l
	}
	flat := make([]int, 50000)
	for i := range flat {
		flat[i] = 1000
	}
	return []GenCase{
		{Name: "large-even", Input: map[string]any{"head": genList(50000)}},
		{Name: "large-odd", Input: map[string]any{"head": genList(49999)}},
		{Name: "large-all-equal", Input: map[string]any{"head": flat}},
	}
}

// sized is a list of n random values from [1, 9] (short, so that decoding
// the input stays cheap next to the call); walking to the tail for every
// node taken from the back costs O(n^2) on it.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(143, uint64(n)))
	l := make([]int, n)
	for i := range l {
		l[i] = 1 + r.IntN(9)
	}
	return map[string]any{"head": l}
}
