//go:build ignore

package main

import "math/rand/v2"

// generate builds inputs of the maximum length: shuffled ranges that form
// many short groups, a shuffled chain of touching ranges that collapses into
// one, disjoint ranges in descending order, and nested ranges.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(7, 11))
	const n = 10000
	const hi = 10000
	genShuffle := func(ivs [][]int) [][]int {
		r.Shuffle(len(ivs), func(i, j int) { ivs[i], ivs[j] = ivs[j], ivs[i] })
		return ivs
	}

	short := make([][]int, n)
	for i := range short {
		s := r.IntN(hi + 1)
		short[i] = []int{s, min(hi, s+r.IntN(3))}
	}

	chain := make([][]int, n)
	for i := range chain {
		chain[i] = []int{i, i + 1}
	}
	genShuffle(chain)

	disjoint := make([][]int, 0, n)
	for i := hi/2 - 1; i >= 0; i-- {
		disjoint = append(disjoint, []int{2 * i, 2*i + 1})
	}
	for len(disjoint) < n {
		p := r.IntN(hi)
		disjoint = append(disjoint, []int{p, p})
	}

	nested := make([][]int, n)
	for i := range nested {
		d := r.IntN(hi / 2)
		nested[i] = []int{d, hi - d}
	}
	nested[n-1] = []int{0, hi}

	return []GenCase{
		{Name: "large-short-random", Input: map[string]any{"intervals": short}},
		{Name: "large-shuffled-chain", Input: map[string]any{"intervals": chain}},
		{Name: "large-disjoint-descending", Input: map[string]any{"intervals": disjoint}},
		{Name: "large-nested", Input: map[string]any{"intervals": nested}},
	}
}

// sized builds n short ranges in random order, each inside one of 3334 slots
// of width 3 that never touch, so sorting does real work and the answer keeps
// thousands of separate groups for a solution that compares against every
// group to pay for.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(7, uint64(n)))
	ivs := make([][]int, n)
	for i := range ivs {
		s := 3 * r.IntN(3334)
		ivs[i] = []int{s, s + r.IntN(2)}
	}
	return map[string]any{"intervals": ivs}
}
