//go:build ignore

package main

import "math/rand/v2"

// generate builds search trees of the maximum size, 10^4 nodes, with
// distinct values from [0, 10^4]: chains (depth 10^4) asking for the value
// at the far end of the in-order walk, a narrowing zigzag, a complete tree
// and a random insertion order.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(230, 1))
	const n = 10_000
	// genSorted leaves out one random value of 0..10^4.
	genSorted := func() []int {
		skip := r.IntN(n + 1)
		vals := make([]int, 0, n)
		for v := 0; v <= n; v++ {
			if v != skip {
				vals = append(vals, v)
			}
		}
		return vals
	}
	input := func(t *genTree, k int) map[string]any {
		return map[string]any{"root": t.genLevelOrder(), "k": k}
	}
	right := genChain(n, 1).genInorder(genSorted())
	left := genChain(n, 0).genInorder(genSorted())
	zigzag := genChain(n, 2).genInorder(genSorted())
	complete := genComplete(n).genInorder(genSorted())
	random := genRandomBST(r, genSorted())
	return []GenCase{
		{Name: "large-right-chain-k-is-n", Input: input(right, n)},
		{Name: "large-left-chain-k-is-n", Input: input(left, n)},
		{Name: "large-left-chain-k-is-1", Input: input(left, 1)},
		{Name: "large-zigzag-chain-k-in-middle", Input: input(zigzag, n/2)},
		{Name: "large-complete-k-is-n", Input: input(complete, n)},
		{Name: "large-random-insertion", Input: input(random, 1+r.IntN(n))},
	}
}

// sized is a right chain of n nodes holding 0..n-1 (the deepest search
// tree) with k = n: the walk visits every node. A left chain would be as
// deep, but its nodes are visited against the order they were made in, and
// the cache misses that adds grow with n: the reference then measured as
// quadratic between 16k and 131k nodes.
func sized(n int) map[string]any {
	vals := make([]int, n)
	for i := range vals {
		vals[i] = i
	}
	return map[string]any{"root": genChain(n, 1).genInorder(vals).genLevelOrder(), "k": n}
}
