//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 10^5 nodes: chains as deep as
// the tree can be, one with non-decreasing values (every node good, so a
// path scan never stops early) and one decreasing (only the root good); a
// complete tree, a random shape and a broom with random values.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1448, 2))
	const n = 100_000
	genValues := func(t *genTree) []any { return t.genRandomValues(r, -10_000, 10_000).genLevelOrder() }
	rising := genChain(n, 2)
	falling := genChain(n, 0)
	for i := range n {
		rising.val[i] = -10_000 + i*20_000/n
		falling.val[i] = 10_000 - i*20_000/n - 1
	}
	return []GenCase{
		{Name: "large-zigzag-chain-non-decreasing", Input: map[string]any{"root": rising.genLevelOrder()}},
		{Name: "large-left-chain-decreasing", Input: map[string]any{"root": falling.genLevelOrder()}},
		{Name: "large-complete", Input: map[string]any{"root": genValues(genComplete(n))}},
		{Name: "large-random-shape", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
		{Name: "large-broom", Input: map[string]any{"root": genValues(genBroom(n, n/2))}},
	}
}

// sized builds a broom of n nodes, a zigzag chain of n/16 nodes above a
// complete tree of the rest, whose values never decrease going down: every
// node is good, and a solution that rescans the path above each node does
// about n^2/16 steps, while the recursion stays n/16 deep.
func sized(n int) map[string]any {
	t := genBroom(n, max(n/16, 1))
	for i := range n {
		t.val[i] = -10_000 + i*20_000/n // children have larger ids
	}
	return map[string]any{"root": t.genLevelOrder()}
}
