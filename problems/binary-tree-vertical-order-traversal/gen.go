//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 100 nodes: the three chains
// (100 columns in a row, or two columns taking turns), a complete tree
// (crowded middle columns with shared rows), random shapes, and a broom.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(314, 100))
	const n = 100
	genValues := func(t *genTree) []any { return t.genRandomValues(r, -100, 100).genLevelOrder() }
	return []GenCase{
		{Name: "large-left-chain", Input: map[string]any{"root": genValues(genChain(n, 0))}},
		{Name: "large-right-chain", Input: map[string]any{"root": genValues(genChain(n, 1))}},
		{Name: "large-zigzag-chain", Input: map[string]any{"root": genValues(genChain(n, 2))}},
		{Name: "large-complete", Input: map[string]any{"root": genValues(genComplete(n))}},
		{Name: "large-random-shape-1", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
		{Name: "large-random-shape-2", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
		{Name: "large-broom", Input: map[string]any{"root": genValues(genBroom(n, n/4))}},
	}
}

// sized is a complete tree of n nodes with random values.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(314, uint64(n)))
	return map[string]any{"root": genComplete(n).genRandomValues(r, -100, 100).genLevelOrder()}
}
