//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 2000 nodes: the three
// linked-list shapes (depth 2000, one node per level), a complete tree (the
// widest levels) and a random shape.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(102, 1))
	const n = 2000
	genValues := func(t *genTree) []any { return t.genRandomValues(r, -1000, 1000).genLevelOrder() }
	return []GenCase{
		{Name: "large-left-chain", Input: map[string]any{"root": genValues(genChain(n, 0))}},
		{Name: "large-right-chain", Input: map[string]any{"root": genValues(genChain(n, 1))}},
		{Name: "large-zigzag-chain", Input: map[string]any{"root": genValues(genChain(n, 2))}},
		{Name: "large-complete", Input: map[string]any{"root": genValues(genComplete(n))}},
		{Name: "large-random-shape", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
	}
}

// sized is a broom of n nodes: n/2 levels of one node each, then wide
// levels. Walking the tree once per level costs n^2/4 steps on it.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 1))
	return map[string]any{"root": genBroom(n, n/2).genRandomValues(r, -1000, 1000).genLevelOrder()}
}
