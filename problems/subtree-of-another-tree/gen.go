//go:build ignore

package main

import "math/rand/v2"

// generate builds inputs of the maximum sizes, 2000 nodes in root and up to
// 1000 in subRoot: chains of equal values where every comparison runs deep
// (one matching at the very bottom, one not matching at all), a random tree
// with few distinct values and one of its own subtrees, that subtree with
// one value changed, and complete trees of a single value.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(572, 9))
	genCase := func(name string, root, sub *genTree) GenCase {
		return GenCase{Name: name, Input: map[string]any{"root": root.genLevelOrder(), "subRoot": sub.genLevelOrder()}}
	}
	// genOnes is a left chain of n ones whose last node holds last.
	genOnes := func(n, last int) *genTree {
		t := genChain(n, 0).genRandomValues(r, 1, 1)
		t.val[n-1] = last
		return t
	}
	// genSubtree copies the subtree below node id of t, renumbered.
	genSubtree := func(t *genTree, id int) *genTree {
		order := []int{id}
		for i := 0; i < len(order); i++ {
			for _, c := range [2]int{t.left[order[i]], t.right[order[i]]} {
				if c >= 0 {
					order = append(order, c)
				}
			}
		}
		at := map[int]int{}
		for i, v := range order {
			at[v] = i
		}
		s := genNewTree(len(order))
		for i, v := range order {
			s.val[i] = t.val[v]
			if c := t.left[v]; c >= 0 {
				s.left[i] = at[c]
			}
			if c := t.right[v]; c >= 0 {
				s.right[i] = at[c]
			}
		}
		return s
	}
	random := genRandomShape(r, 2000).genRandomValues(r, 0, 2)
	// The node whose subtree is largest but at most 1000 nodes.
	size := make([]int, 2000)
	for i := 1999; i >= 0; i-- { // children always have larger ids
		size[i] = 1
		for _, c := range [2]int{random.left[i], random.right[i]} {
			if c >= 0 {
				size[i] += size[c]
			}
		}
	}
	best := len(size) - 1 // a leaf
	for i, s := range size {
		if s <= 1000 && s > size[best] {
			best = i
		}
	}
	part := genSubtree(random, best)
	changed := genSubtree(random, best)
	changed.val[len(changed.val)-1] = 5
	return []GenCase{
		genCase("large-chain-match-at-bottom", genOnes(2000, 2), genOnes(1000, 2)),
		genCase("large-chain-no-match", genOnes(2000, 2), genOnes(1000, 3)),
		genCase("large-random-own-subtree", random, part),
		genCase("large-random-subtree-one-value-changed", random, changed),
		genCase("large-complete-one-value", genComplete(2000).genRandomValues(r, 0, 0), genComplete(1000).genRandomValues(r, 0, 0)),
		genCase("large-complete-small-subtree", genComplete(2000).genRandomValues(r, -10_000, -10_000), genComplete(7).genRandomValues(r, -10_000, -10_000)),
	}
}

// sized builds root as a left chain of n ones ending in a 2, and subRoot as
// such a chain of n/2 nodes: it matches only at the bottom half, and a
// comparison started at any of the upper n/2 nodes runs n/2 steps before it
// fails, about n^2/4 steps for trying every node.
func sized(n int) map[string]any {
	genOnes := func(k int) []any {
		t := genChain(k, 0)
		for i := range t.val {
			t.val[i] = 1
		}
		t.val[k-1] = 2
		return t.genLevelOrder()
	}
	return map[string]any{"root": genOnes(n), "subRoot": genOnes(max(n/2, 1))}
}
