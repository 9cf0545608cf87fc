//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 100 nodes: the three
// linked-list shapes (depth 100), a complete tree and random shapes.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(199, 1))
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

// sized is a broom of n nodes: n/16 levels of one node each, then wide
// levels. Walking the tree once per level costs n^2/16 steps on it; the
// chain is kept to a sixteenth so that a recursive walk's stack stays small
// next to the tree (2,048 frames at n = 32,768).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 1))
	return map[string]any{"root": genBroom(n, n/16).genRandomValues(r, -100, 100).genLevelOrder()}
}
