//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 3·10^4 nodes: chains as deep as
// the tree can be (random values, all the largest value, all the smallest),
// a V whose two arms meet at the root, a complete tree, a random shape and a
// broom.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(124, 5))
	const n = 30_000
	genValues := func(t *genTree) []any { return t.genRandomValues(r, -1000, 1000).genLevelOrder() }
	// A V: a left arm and a right arm of n/2 nodes each below the root.
	vee := genNewTree(n)
	for i := 1; i < n; i++ {
		switch {
		case i == 1:
			vee.left[0] = 1
		case i == n/2:
			vee.right[0] = i
		case i < n/2:
			vee.left[i-1] = i
		default:
			vee.right[i-1] = i
		}
	}
	// Mostly small positive values along both arms, a negative root.
	vee.genRandomValues(r, -5, 20)
	vee.val[0] = -1000
	return []GenCase{
		{Name: "large-left-chain", Input: map[string]any{"root": genValues(genChain(n, 0))}},
		{Name: "large-zigzag-chain-all-max", Input: map[string]any{"root": genChain(n, 2).genRandomValues(r, 1000, 1000).genLevelOrder()}},
		{Name: "large-right-chain-all-min", Input: map[string]any{"root": genChain(n, 1).genRandomValues(r, -1000, -1000).genLevelOrder()}},
		{Name: "large-v-through-negative-root", Input: map[string]any{"root": vee.genLevelOrder()}},
		{Name: "large-complete", Input: map[string]any{"root": genValues(genComplete(n))}},
		{Name: "large-random-shape", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
		{Name: "large-broom", Input: map[string]any{"root": genValues(genBroom(n, n/3))}},
	}
}

// sized builds a broom of n nodes, a zigzag chain of n/16 nodes above a
// complete tree of the rest, with random values: recomputing both arms at
// every node costs the sum of all depths, about n^2/16 steps, while the
// recursion stays n/16 deep.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(124, uint64(n)))
	return map[string]any{"root": genBroom(n, max(n/16, 1)).genRandomValues(r, -1000, 1000).genLevelOrder()}
}
