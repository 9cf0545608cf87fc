//go:build ignore

package main

import "math/rand/v2"

// generate builds pairs of trees of the maximum size, 100 nodes: equal
// random shapes, equal chains as deep as allowed, and pairs that differ
// only at the very last node visited (one value, or one child's side).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(100, 7))
	const n = 100
	genCase := func(name string, p, q []any) GenCase {
		return GenCase{Name: name, Input: map[string]any{"p": p, "q": q}}
	}
	random := genRandomShape(r, n).genRandomValues(r, -10_000, 10_000).genLevelOrder()
	chain := genChain(n, 2).genRandomValues(r, -10_000, 10_000).genLevelOrder()
	flat := genComplete(n).genRandomValues(r, 5, 5).genLevelOrder()
	// The same complete tree with its last value changed.
	lastDiffers := append([]any(nil), flat...)
	lastDiffers[n-1] = 6
	// A right chain of equal values, and the same chain whose last node
	// hangs to the left instead.
	right := genChain(n, 1).genRandomValues(r, 0, 0)
	bent := genChain(n, 1).genRandomValues(r, 0, 0)
	bent.right[n-2], bent.left[n-2] = -1, n-1
	return []GenCase{
		genCase("large-random-equal", random, random),
		genCase("large-zigzag-chain-equal", chain, chain),
		genCase("large-complete-equal-values", flat, flat),
		genCase("large-complete-last-value-differs", flat, lastDiffers),
		genCase("large-chain-last-child-side-differs", right.genLevelOrder(), bent.genLevelOrder()),
	}
}

// sized builds two identical random trees of n nodes: the answer is true, so
// every node of both trees must be compared.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(100, uint64(n)))
	t := genRandomShape(r, n).genRandomValues(r, -10_000, 10_000).genLevelOrder()
	return map[string]any{"p": t, "q": t}
}
