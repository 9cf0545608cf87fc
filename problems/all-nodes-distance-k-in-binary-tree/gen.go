//go:build ignore

package main

import (
	"math/bits"
	"math/rand/v2"
)

// generate builds trees of the maximum size, 500 nodes, with distinct values
// drawn from 0..500: chains (the answer lies straight up, or on both sides
// of a mid-chain target), a complete tree with a leaf target and a reach
// that crosses the root, a broom, a random shape, and k at its limit.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(863, 500))
	const n = 500
	genCase := func(name string, t *genTree, target, k int) GenCase {
		for i, v := range r.Perm(n + 1)[:n] {
			t.val[i] = v
		}
		return GenCase{Name: name, Input: map[string]any{"root": t.genLevelOrder(), "target": t.val[target], "k": k}}
	}
	random := genRandomShape(r, n)
	return []GenCase{
		genCase("large-left-chain-bottom-to-root", genChain(n, 0), n-1, n-1),
		genCase("large-zigzag-chain-mid-target", genChain(n, 2), n/2, 100),
		genCase("large-right-chain-k-limit", genChain(n, 1), 7, 1000),
		genCase("large-complete-leaf-across-root", genComplete(n), n-1, 9),
		genCase("large-complete-leaf-far-k", genComplete(n), 255, 14),
		genCase("large-complete-root-k-zero", genComplete(n), 0, 0),
		genCase("large-broom-chain-target", genBroom(n, 200), 150, 60),
		genCase("large-random-shape", random, 333, 6),
		genCase("large-random-shape-root-target", random, 0, 4),
	}
}

// sized builds a complete tree of n nodes with distinct values. The target
// is the rightmost node of the last full level but one, so the search for
// it walks the whole left half first, and k is twice its depth: the answer
// is that level's left half, reached over the root.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(863, uint64(n)))
	t := genComplete(n)
	for i, v := range r.Perm(n) {
		t.val[i] = v
	}
	m := bits.Len(uint(n)) - 1
	return map[string]any{"root": t.genLevelOrder(), "target": t.val[1<<m-2], "k": 2 * (m - 1)}
}
