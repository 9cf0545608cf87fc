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
