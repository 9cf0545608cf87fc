//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 10^4 nodes: the three
// linked-list shapes (depth 10^4), a complete tree and a random shape.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(104, 1))
	const n = 10_000
	genValues := func(t *genTree) []any { return t.genRandomValues(r, -100, 100).genLevelOrder() }
	return []GenCase{
		{Name: "large-left-chain", Input: map[string]any{"root": genValues(genChain(n, 0))}},
		{Name: "large-right-chain", Input: map[string]any{"root": genValues(genChain(n, 1))}},
		{Name: "large-zigzag-chain", Input: map[string]any{"root": genValues(genChain(n, 2))}},
		{Name: "large-complete", Input: map[string]any{"root": genValues(genComplete(n))}},
		{Name: "large-random-shape", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
	}
}

// sized builds a zigzag chain of n nodes, the deepest tree of that size: the
// recursion goes n levels down, and a solution that recomputes a subtree's
// height at every node does about n^2/2 steps.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(104, uint64(n)))
	return map[string]any{"root": genChain(n, 2).genRandomValues(r, -100, 100).genLevelOrder()}
}
