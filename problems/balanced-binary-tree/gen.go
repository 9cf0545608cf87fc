//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of up to the maximum size, 5000 nodes: a complete
// tree and the most lopsided balanced tree (every node's left side one
// taller than its right), both balanced so every node must be checked; a
// complete tree broken only at its far right bottom; a random shape; and a
// chain, out of balance near its bottom.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(110, 3))
	const n = 5000
	genValues := func(t *genTree) []any { return t.genRandomValues(r, -10_000, 10_000).genLevelOrder() }
	// genFib hangs below node id a tree of height h whose left subtree is
	// one taller than its right at every node; next is the next free id.
	fib := genNewTree(4180) // the size of such a tree of height 17
	next := 1
	var genFib func(id, h int)
	genFib = func(id, h int) {
		if h >= 2 {
			fib.left[id] = next
			next++
			genFib(fib.left[id], h-1)
		}
		if h >= 3 {
			fib.right[id] = next
			next++
			genFib(fib.right[id], h-2)
		}
	}
	genFib(0, 17)
	// A complete tree of n-2 nodes, then a two-node chain below node 4094,
	// the rightmost leaf one level above the bottom.
	broken := genNewTree(n)
	for i := range n - 2 {
		if c := 2*i + 1; c < n-2 {
			broken.left[i] = c
		}
		if c := 2*i + 2; c < n-2 {
			broken.right[i] = c
		}
	}
	broken.left[4094], broken.left[n-2] = n-2, n-1
	return []GenCase{
		{Name: "large-complete", Input: map[string]any{"root": genValues(genComplete(n))}},
		{Name: "large-lopsided-balanced", Input: map[string]any{"root": genValues(fib)}},
		{Name: "large-complete-broken-far-right", Input: map[string]any{"root": genValues(broken)}},
		{Name: "large-random-shape", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
		{Name: "large-zigzag-chain", Input: map[string]any{"root": genValues(genChain(n, 2))}},
		{Name: "large-broom", Input: map[string]any{"root": genValues(genBroom(n, 2))}},
	}
}

// sized builds a complete tree of n nodes: it is balanced, so the whole tree
// is walked before the answer is known.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(110, uint64(n)))
	return map[string]any{"root": genComplete(n).genRandomValues(r, -10_000, 10_000).genLevelOrder()}
}
