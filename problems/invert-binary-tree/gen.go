//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 100 nodes: the three
// linked-list shapes (depth 100), a complete tree and random shapes.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(226, 1))
	const n = 100
	genValues := func(t *genTree) []any { return t.genRandomValues(r, -100, 100).genLevelOrder() }
	return []GenCase{
		{Name: "large-left-chain", Input: map[string]any{"root": genValues(genChain(n, 0))}},
		{Name: "large-right-chain", Input: map[string]any{"root": genValues(genChain(n, 1))}},
		{Name: "large-zigzag-chain", Input: map[string]any{"root": genValues(genChain(n, 2))}},
		{Name: "large-complete", Input: map[string]any{"root": genValues(genComplete(n))}},
		{Name: "large-random-shape-1", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
		{Name: "large-random-shape-2", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
	}
}

// sized is a zigzag chain of n nodes with random values: the deepest tree
// there is, so the recursion goes n calls deep.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(226, uint64(n)))
	return map[string]any{"root": genChain(n, 2).genRandomValues(r, -100, 100).genLevelOrder()}
}
