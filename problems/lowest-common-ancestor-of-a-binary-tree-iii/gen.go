//go:build ignore

package main

import "math/rand/v2"

// genVee is a root with two chains hanging from it: nodes 1, 3, 5, ... go
// down the left side (each the left child of the one before), nodes 2, 4,
// 6, ... down the right. The deepest node of each side has index
// genVeeBottom(n, side).
func genVee(n int) *genTree {
	t := genNewTree(n)
	if n > 1 {
		t.left[0] = 1
	}
	if n > 2 {
		t.right[0] = 2
	}
	for i := 1; i+2 < n; i++ {
		if i%2 == 1 {
			t.left[i] = i + 2
		} else {
			t.right[i] = i + 2
		}
	}
	return t
}

func genVeeBottom(n, side int) int {
	last := n - 1
	if last%2 != side%2 {
		last--
	}
	return last
}

// genSpread gives the nodes distinct values spread over [-10^9, 10^9].
func genSpread(r *rand.Rand, t *genTree) *genTree {
	for i, v := range r.Perm(len(t.val)) {
		t.val[i] = v*19_999 - 999_999_999
	}
	return t
}

// generate builds trees of the maximum size, 10^5 nodes. On the vee the
// two nodes sit at the bottoms of two chains of 5*10^4 that meet at the
// root, so every ancestor of one is checked against every ancestor of the
// other by a quadratic climb; chains put the answer at the very top or
// the very bottom; the complete, broom and random trees are ordinary
// shapes.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1650, 3))
	const n = 100_000
	genCase := func(name string, t *genTree, p, q int) GenCase {
		return GenCase{Name: name, Input: map[string]any{"root": t.genLevelOrder(), "p": t.val[p], "q": t.val[q]}}
	}
	vee := genSpread(r, genVee(n))
	left := genSpread(r, genChain(n, 0))
	zigzag := genSpread(r, genChain(n, 2))
	complete := genSpread(r, genComplete(n))
	broom := genSpread(r, genBroom(n, n/2))
	random := genSpread(r, genRandomShape(r, n))
	return []GenCase{
		genCase("large-vee-bottoms", vee, genVeeBottom(n, 1), genVeeBottom(n, 0)),
		genCase("large-vee-uneven", vee, genVeeBottom(n, 0), 7),
		genCase("large-left-chain-bottom-and-root", left, n-1, 0),
		genCase("large-left-chain-top-and-bottom", left, 1, n-1),
		genCase("large-zigzag-chain-bottom-pair", zigzag, n-1, n-2),
		genCase("large-complete-far-leaves", complete, 65_535, n-1),
		genCase("large-complete-leaf-and-sibling", complete, n-2, n-1),
		genCase("large-broom-leaves", broom, n-1, n/2+1),
		genCase("large-random-shape", random, n-1, n/3),
	}
}

// sized builds the vee of n nodes with p and q at the bottoms of its two
// chains: the climb is n/2 steps from each, the answer is the root, and
// a solution that climbs from q for every ancestor of p does about n^2/4
// steps.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(1650, uint64(n)))
	t := genSpread(r, genVee(n))
	return map[string]any{"root": t.genLevelOrder(), "p": t.val[genVeeBottom(n, 1)], "q": t.val[genVeeBottom(n, 0)]}
}
