//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 10^4 nodes: the three
// linked-list shapes (depth 10^4), a "V" of two long arms meeting at the
// root, a long handle ending in a V whose bend is far below the root, a
// complete tree and a random shape.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(543, 1))
	const n = 10_000
	genValues := func(t *genTree) []any { return t.genRandomValues(r, -100, 100).genLevelOrder() }
	// genV hangs two chains, left-going and right-going, below node top; the
	// nodes from top+1 on are used, split evenly.
	genV := func(t *genTree, top int) {
		k := (len(t.val) - top - 1) / 2
		prev := top
		for i := top + 1; i <= top+k; i++ {
			t.left[prev] = i
			prev = i
		}
		prev = top
		for i := top + k + 1; i < len(t.val); i++ {
			t.right[prev] = i
			prev = i
		}
	}
	vee := genNewTree(n)
	genV(vee, 0)
	// A right-going handle of 3000 nodes, then a V of the remaining nodes.
	handle := genNewTree(n)
	for i := 1; i < 3000; i++ {
		handle.right[i-1] = i
	}
	genV(handle, 2999)
	return []GenCase{
		{Name: "large-left-chain", Input: map[string]any{"root": genValues(genChain(n, 0))}},
		{Name: "large-right-chain", Input: map[string]any{"root": genValues(genChain(n, 1))}},
		{Name: "large-zigzag-chain", Input: map[string]any{"root": genValues(genChain(n, 2))}},
		{Name: "large-v-at-root", Input: map[string]any{"root": genValues(vee)}},
		{Name: "large-v-below-handle", Input: map[string]any{"root": genValues(handle)}},
		{Name: "large-complete", Input: map[string]any{"root": genValues(genComplete(n))}},
		{Name: "large-random-shape", Input: map[string]any{"root": genValues(genRandomShape(r, n))}},
	}
}

// sized hangs a V below a right-going handle, each of the three chains n/32
// nodes long, and a complete tree of the remaining nodes below the end of
// the V's left arm. The longest path bends at the V, far below the root;
// recomputing heights at every node costs about n^2/16 steps; and the
// depth stays near n/16, so a recursive walk's stack stays small next to
// the tree.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 543))
	t := genNewTree(n)
	k := max(n/32, 1)
	// Handle: nodes 0 … k-1, each the right child of the one before.
	for i := 1; i < k; i++ {
		t.right[i-1] = i
	}
	next := k
	// Left arm below the handle's end, then the right arm.
	leftEnd := k - 1
	for i := 0; i < k && next < n; i++ {
		t.left[leftEnd] = next
		leftEnd = next
		next++
	}
	prev := k - 1
	for i := 0; i < k && next < n; i++ {
		t.right[prev] = next
		prev = next
		next++
	}
	// A complete tree of nodes leftEnd, next, next+1, … in level order.
	ids := []int{leftEnd}
	for i := next; i < n; i++ {
		ids = append(ids, i)
	}
	for j := range ids {
		if c := 2*j + 1; c < len(ids) {
			t.left[ids[j]] = ids[c]
		}
		if c := 2*j + 2; c < len(ids) {
			t.right[ids[j]] = ids[c]
		}
	}
	return map[string]any{"root": t.genRandomValues(r, -100, 100).genLevelOrder()}
}
