//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds search trees of the maximum size, 2*10^4 nodes, with
// distinct values from [1, 10^5]: chains (depth 2*10^4) whose range lies at
// the far end, a narrowing zigzag whose range is reached only at the bottom,
// a complete tree with the full range and a random insertion order.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(938, 1))
	const n = 20_000
	const maxVal = 100_000
	genSorted := func() []int {
		vals := r.Perm(maxVal)[:n]
		for i := range vals {
			vals[i]++
		}
		slices.Sort(vals)
		return vals
	}
	input := func(t *genTree, low, high int) map[string]any {
		return map[string]any{"root": t.genLevelOrder(), "low": low, "high": high}
	}
	right := genChain(n, 1).genInorder(genSorted())
	left := genChain(n, 0).genInorder(genSorted())
	sorted := genSorted()
	zigzag := genChain(n, 2).genInorder(sorted)
	complete := genComplete(n).genInorder(genSorted())
	random := genRandomBST(r, genSorted())
	low := 1 + r.IntN(maxVal)
	high := low + r.IntN(maxVal-low+1)
	return []GenCase{
		{Name: "large-right-chain-upper-half", Input: input(right, right.val[n/2], maxVal)},
		{Name: "large-left-chain-full-range", Input: input(left, 1, maxVal)},
		{Name: "large-zigzag-chain-narrow-range", Input: input(zigzag, sorted[n/2-100], sorted[n/2+100])},
		{Name: "large-complete-full-range", Input: input(complete, 1, maxVal)},
		{Name: "large-random-insertion", Input: input(random, low, high)},
	}
}

// sized is the search tree made by inserting n distinct values from
// [1, 10^5] in random order, with the full range, so every node is in range
// and must be visited. (A chain would be deeper, but the reference's
// recursion then measures its stack growth more than its visits.)
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(938, uint64(n)))
	vals := r.Perm(100_000)[:n]
	for i := range vals {
		vals[i]++
	}
	slices.Sort(vals)
	return map[string]any{"root": genRandomBST(r, vals).genLevelOrder(), "low": 1, "high": 100_000}
}
