//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
	"slices"
)

// generate builds trees of the maximum size, 10^4 nodes, over the full
// 32-bit range (both extremes included): valid search trees shaped as
// chains (depth 10^4), a narrowing zigzag, a complete tree and a random
// insertion order, which a solution must walk entirely; and invalid ones
// whose only flaw sits at the very bottom, legal against its parent but not
// against a far ancestor.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(98, 1))
	const n = 10_000
	// genSorted returns n distinct sorted values spanning the 32-bit range.
	genSorted := func() []int {
		seen := map[int]bool{math.MinInt32: true, math.MaxInt32: true}
		vals := []int{math.MinInt32, math.MaxInt32}
		for len(vals) < n {
			v := int(r.Int64N(1<<32)) + math.MinInt32
			if !seen[v] {
				seen[v] = true
				vals = append(vals, v)
			}
		}
		slices.Sort(vals)
		return vals
	}
	tree := func(t *genTree) map[string]any { return map[string]any{"root": t.genLevelOrder()} }

	right := genChain(n, 1).genInorder(genSorted())
	left := genChain(n, 0).genInorder(genSorted())
	// Zigzag: node 2k takes the k-th largest value, node 2k+1 the k-th
	// smallest, so every step narrows the window from alternate ends.
	zigzag := genChain(n, 2).genInorder(genSorted())
	// The last node, a left child, gets a value just under the floor set by
	// its grandparent: smaller than its parent, so legal locally.
	escape := genChain(n, 2)
	copy(escape.val, zigzag.val)
	escape.val[n-1] = zigzag.val[n-3] - 1
	complete := genComplete(n).genInorder(genSorted())
	swapped := genComplete(n).genInorder(genSorted())
	// Swap the values of the last two leaves, cousins on either side of a
	// high ancestor: each stays legal against its own parent.
	swapped.val[n-2], swapped.val[n-1] = swapped.val[n-1], swapped.val[n-2]

	return []GenCase{
		{Name: "large-valid-right-chain", Input: tree(right)},
		{Name: "large-valid-left-chain", Input: tree(left)},
		{Name: "large-valid-zigzag-chain", Input: tree(zigzag)},
		{Name: "large-zigzag-chain-escapes-at-bottom", Input: tree(escape)},
		{Name: "large-valid-complete", Input: tree(complete)},
		{Name: "large-complete-two-leaves-swapped", Input: tree(swapped)},
		{Name: "large-valid-random-insertion", Input: tree(genRandomBST(r, genSorted()))},
	}
}

// sized builds a valid search tree of n nodes, complete in shape, its values
// spread evenly over the 32-bit range with both extremes in, so the check
// must visit every node. Deep chains stay in generate: on the ladder the cost
// of growing a deep goroutine stack would drown out the walk itself.
func sized(n int) map[string]any {
	vals := make([]int, n)
	step := (1<<32 - 1) / max(n-1, 1)
	for i := range vals {
		vals[i] = math.MinInt32 + i*step
	}
	vals[n-1] = math.MaxInt32
	return map[string]any{"root": genComplete(n).genInorder(vals).genLevelOrder()}
}
