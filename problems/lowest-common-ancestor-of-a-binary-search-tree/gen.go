//go:build ignore

package main

import "math/rand/v2"

// generate builds search trees of the maximum size, 10^5 nodes, with the
// extreme values -10^9 and 10^9 in each. On the chains p and q sit at the
// very bottom, so a solution that re-searches a subtree at every level does
// about n^2/2 steps; on the complete tree they are its outermost leaves.
func generate() []GenCase {
	const n = 100_000
	// genSorted: -10^9, then -49998..49999 (compact to keep the input
	// small), then 10^9.
	genSorted := func() []int {
		vals := []int{-1_000_000_000}
		for v := -(n/2 - 2); len(vals) < n-1; v++ {
			vals = append(vals, v)
		}
		return append(vals, 1_000_000_000)
	}
	genCase := func(name string, t *genTree, p, q int) GenCase {
		return GenCase{Name: name, Input: map[string]any{"root": t.genLevelOrder(), "p": t.val[p], "q": t.val[q]}}
	}
	// Left chain: values decrease going down, the smallest at the bottom.
	left := genChain(n, 0).genInorder(genSorted())
	// Zigzag: node 2k takes the k-th largest value, node 2k+1 the k-th
	// smallest, so every step narrows the window from alternate ends.
	zigzag := genChain(n, 2).genInorder(genSorted())
	complete := genComplete(n).genInorder(genSorted())
	return []GenCase{
		genCase("large-left-chain-bottom-pair", left, n-1, n-2),
		genCase("large-zigzag-chain-bottom-pair", zigzag, n-2, n-1),
		// Leftmost and rightmost leaves of the last level: the root.
		genCase("large-complete-far-leaves", complete, n-1, 65_535),
	}
}

// sized builds a chain of n nodes that turns left or right at random, made a
// search tree by giving it the values 0..n-1 in in-order, with p and q its
// two deepest nodes. The walk from the root goes all the way down, turning
// unpredictably, and a solution that searches a subtree at every level does
// about n^2/2 steps.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(2, uint64(n)))
	t := genNewTree(n)
	for i := 1; i < n; i++ {
		if r.IntN(2) == 0 {
			t.left[i-1] = i
		} else {
			t.right[i-1] = i
		}
	}
	vals := make([]int, n)
	for i := range vals {
		vals[i] = i
	}
	t.genInorder(vals)
	return map[string]any{"root": t.genLevelOrder(), "p": t.val[n-1], "q": t.val[n-2]}
}
