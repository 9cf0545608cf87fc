//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 1000 nodes: complete trees
// (many nodes share a spot deep down; one with values falling in level
// order so every tie needs reordering, one with few distinct values), the
// three chains, random shapes and a broom.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(987, 1000))
	const n = 1000
	genValues := func(t *genTree) []any { return t.genRandomValues(r, 0, 1000).genLevelOrder() }
	falling := genComplete(n)
	for i := range n {
		falling.val[i] = n - i
	}
	return []GenCase{
		{Name: "large-complete-falling-values", Input: map[string]any{"root": falling.genLevelOrder()}},
		{Name: "large-complete-random", Input: map[string]any{"root": genValues(genComplete(n))}},
		{Name: "large-complete-few-values", Input: map[string]any{"root": genComplete(n).genRandomValues(r, 0, 3).genLevelOrder()}},
		{Name: "large-left-chain", Input: map[string]any{"root": genValues(genChain(n, 0))}},
		{Name: "large-right-chain", Input: map[string]any{"root": genValues(genChain(n, 1))}},
		{Name: "large-zigzag-chain", Input: map[string]any{"root": genValues(genChain(n, 2))}},
		{Name: "large-random-shape", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
		{Name: "large-broom", Input: map[string]any{"root": genValues(genBroom(n, n/4))}},
	}
}

// sized is a complete tree of n nodes with values falling in level order:
// the deep rows are crowded with ties, all needing their order reversed.
func sized(n int) map[string]any {
	t := genComplete(n)
	for i := range n {
		t.val[i] = (n - i) % 1001
	}
	return map[string]any{"root": t.genLevelOrder()}
}
