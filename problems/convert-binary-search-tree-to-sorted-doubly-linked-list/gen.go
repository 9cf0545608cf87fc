//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds search trees of the maximum size, 2000 nodes, with
// distinct values from [-1000, 1000]: a random insertion order, chains
// down either side and zigzagging (depth 2000, for recursion), a complete
// tree, a broom, and a random shape.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(426, 2000))
	const n = 2000
	vals := func() []int {
		v := r.Perm(2001)[:n]
		for i := range v {
			v[i] -= 1000
		}
		slices.Sort(v)
		return v
	}
	genCase := func(name string, t *genTree) GenCase {
		return GenCase{Name: name, Input: map[string]any{"root": t.genLevelOrder()}}
	}
	return []GenCase{
		genCase("large-random-bst", genRandomBST(r, vals())),
		genCase("large-left-chain", genChain(n, 0).genInorder(vals())),
		genCase("large-right-chain", genChain(n, 1).genInorder(vals())),
		genCase("large-zigzag-chain", genChain(n, 2).genInorder(vals())),
		genCase("large-complete", genComplete(n).genInorder(vals())),
		genCase("large-broom", genBroom(n, 1000).genInorder(vals())),
		genCase("large-random-shape", genRandomShape(r, n).genInorder(vals())),
	}
}

// sized builds a random search tree of n nodes with the values 0 to n-1.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(426, uint64(n)))
	vals := make([]int, n)
	for i := range vals {
		vals[i] = i
	}
	return map[string]any{"root": genRandomBST(r, vals).genLevelOrder()}
}
