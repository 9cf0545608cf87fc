//go:build ignore

package main

import "math/rand/v2"

// generate builds vectors of the maximum length, 10^5: both dense (every
// entry non-zero: a pair-by-pair scan makes 10^10 comparisons), both
// sparse, one of each, disjoint supports, every entry at 100 (the largest
// product, 10^9), all zeros, and equal vectors.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1570, 100))
	const n = 100_000
	vec := func(density float64, lo int) []int {
		v := make([]int, n)
		for i := range v {
			if r.Float64() < density {
				v[i] = lo + r.IntN(101-lo)
			}
		}
		return v
	}
	fill := func(x int) []int {
		v := make([]int, n)
		for i := range v {
			v[i] = x
		}
		return v
	}
	parity := func(p int) []int {
		v := make([]int, n)
		for i := p; i < n; i += 2 {
			v[i] = 1 + r.IntN(100)
		}
		return v
	}
	genCase := func(name string, a, b []int) GenCase {
		return GenCase{Name: name, Input: map[string]any{"nums1": a, "nums2": b}}
	}
	same := vec(0.3, 1)
	return []GenCase{
		genCase("large-both-dense", vec(1, 1), vec(1, 1)),
		genCase("large-both-sparse", vec(0.01, 1), vec(0.01, 1)),
		genCase("large-dense-and-sparse", vec(1, 1), vec(0.001, 1)),
		genCase("large-sparse-and-dense", vec(0.001, 1), vec(1, 1)),
		genCase("large-disjoint-parity", parity(0), parity(1)),
		genCase("large-all-hundred", fill(100), fill(100)),
		genCase("large-all-zero", fill(0), fill(0)),
		genCase("large-equal", same, same),
		genCase("large-half-dense-with-zeros", vec(0.5, 0), vec(0.5, 0)),
	}
}

// sized makes two dense vectors of length n (values 1 to 100): the pair
// lists are as long as they get, so merging them is linear and a scan of
// one list per pair of the other is quadratic.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(1570, uint64(n)))
	a, b := make([]int, n), make([]int, n)
	for i := range a {
		a[i], b[i] = 1+r.IntN(100), 1+r.IntN(100)
	}
	return map[string]any{"nums1": a, "nums2": b}
}
