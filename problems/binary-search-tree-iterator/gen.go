//go:build ignore

package main

import (
	"math/rand/v2"
	"sort"
)

// genCalls writes the constructor with the tree, then one call per letter
// of pattern, repeated until calls calls are made: 'n' for next, 'h' for
// hasNext.
func genCalls(tree []any, pattern string, calls int) map[string]any {
	ops := make([]string, 1, calls+1)
	args := make([][]any, 1, calls+1)
	ops[0], args[0] = "BSTIterator", []any{tree}
	for i := 0; i < calls; i++ {
		if pattern[i%len(pattern)] == 'n' {
			ops = append(ops, "next")
		} else {
			ops = append(ops, "hasNext")
		}
		args = append(args, []any{})
	}
	return map[string]any{"operations": ops, "arguments": args}
}

// genSorted is n distinct values in [0, 10^6], ascending.
func genSorted(r *rand.Rand, n int) []int {
	vals := r.Perm(1_000_001)[:n]
	sort.Ints(vals)
	return vals
}

// generate builds trees of the maximum size, 10^5 nodes, and 10^5 calls:
// chains to the left (the constructor's spine holds every node) and to the
// right (every next pushes a new spine), a zigzag, a complete tree and a
// random search tree. On the chains, a solution that searches from the
// root or re-walks the tree for every call does about 5*10^9 steps.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(173, 100000))
	const n = 100_000
	vals := make([]int, n)
	for i := range vals {
		vals[i] = i * 10
	}
	spread := genSorted(r, n)
	return []GenCase{
		{Name: "large-left-chain-all-next", Input: genCalls(genChain(n, 0).genInorder(vals).genLevelOrder(), "n", n)},
		{Name: "large-right-chain-next-hasnext", Input: genCalls(genChain(n, 1).genInorder(spread).genLevelOrder(), "nh", n)},
		{Name: "large-zigzag-chain", Input: genCalls(genChain(n, 2).genInorder(vals).genLevelOrder(), "hn", n)},
		{Name: "large-complete", Input: genCalls(genComplete(n).genInorder(spread).genLevelOrder(), "nnh", n)},
		{Name: "large-random-bst", Input: genCalls(genRandomBST(r, spread).genLevelOrder(), "n", n)},
		{Name: "large-broom-hasnext-heavy", Input: genCalls(genBroom(n, n/2).genInorder(vals).genLevelOrder(), "hhhn", n)},
	}
}

// sized builds a right chain of n nodes (the root smallest) and 2n calls,
// next and hasNext alternating, so the whole tree is walked. Each call is
// O(1) for the stack; a search from the root for the next value walks the
// chain down to it, O(n) per call.
func sized(n int) map[string]any {
	vals := make([]int, n)
	for i := range vals {
		vals[i] = i * 1_000_000 / n
	}
	return genCalls(genChain(n, 1).genInorder(vals).genLevelOrder(), "nh", 2*n)
}
