//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 10^5 nodes. On the chains p and
// q sit at the very bottom, so a solution that re-searches a subtree at every
// level does about n^2/2 steps; the complete and random trees check ordinary
// shapes.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(236, 1))
	const n = 100_000
	// Distinct values: a shuffled range, shifted to include some negatives.
	genValues := func(t *genTree) {
		for i, v := range r.Perm(len(t.val)) {
			t.val[i] = v - 9_999
		}
	}
	genCase := func(name string, t *genTree, p, q int) GenCase {
		genValues(t)
		return GenCase{Name: name, Input: map[string]any{"root": t.genLevelOrder(), "p": t.val[p], "q": t.val[q]}}
	}
	complete := genComplete(n)
	random := genRandomShape(r, 20_000)
	return []GenCase{
		genCase("large-left-chain-bottom-pair", genChain(n, 0), n-2, n-1),
		genCase("large-zigzag-chain-bottom-pair", genChain(n, 2), n-1, n-3),
		// Leftmost and rightmost leaves of the complete tree: the answer is
		// the root.
		genCase("large-complete-far-leaves", complete, 65_535, n-1),
		genCase("random-shape", random, 19_998, 17_777),
	}
}

// sized builds a left chain of n nodes with shuffled distinct values and p
// and q its two deepest nodes: the answer is found only at the bottom, and a
// solution that re-searches the left subtree at every level does about n^2
// steps.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(236, uint64(n)))
	t := genChain(n, 0)
	for i, v := range r.Perm(n) {
		t.val[i] = v - n/2
	}
	return map[string]any{"root": t.genLevelOrder(), "p": t.val[n-1], "q": t.val[n-2]}
}
