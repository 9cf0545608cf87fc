//go:build ignore

package main

import "math/rand/v2"

func genList(r *rand.Rand, n int) []int {
	vals := make([]int, n)
	for i := range vals {
		vals[i] = r.IntN(1001)
	}
	return vals
}

// generate builds lists of 5,000 nodes with k = 1, 2, 7, one short of the
// length (a tail of one), the full length, and half of it.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(25, 1))
	const n = 5000
	var cases []GenCase
	for _, c := range []struct {
		name string
		k    int
	}{
		{"large-k-one", 1},
		{"large-pairs", 2},
		{"large-k-seven", 7},
		{"large-k-length-minus-one", n - 1},
		{"large-k-length", n},
		{"large-k-half", n / 2},
	} {
		cases = append(cases, GenCase{Name: c.name, Input: map[string]any{"head": genList(r, n), "k": c.k}})
	}
	return cases
}

// sized builds a list of n nodes with k = 3.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(25, uint64(n)))
	return map[string]any{"head": genList(r, n), "k": 3}
}
