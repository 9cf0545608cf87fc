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

	right := genChain(n, 1)
	copy(right.val, genSorted())
	left := genChain(n, 0)
	for i, v := range genSorted() {
		left.val[n-1-i] = v
	}
	// Zigzag: node 2k takes the k-th largest value, node 2k+1 the k-th
	// smallest, so every step narrows the window from alternate ends.
	zigzag := genChain(n, 2)
	sorted := genSorted()
	for k := 0; 2*k < n; k++ {
		zigzag.val[2*k] = sorted[n-1-k]
		if 2*k+1 < n {
			zigzag.val[2*k+1] = sorted[k]
		}
	}
	// The last node, a left child, gets a value just under the floor set by
	// its grandparent: smaller than its parent, so legal locally.
	escape := genChain(n, 2)
	copy(escape.val, zigzag.val)
	escape.val[n-1] = zigzag.val[n-3] - 1
	complete := genComplete(n)
	genInorderFill(complete, 0, genSorted(), new(int))
	swapped := genComplete(n)
	genInorderFill(swapped, 0, genSorted(), new(int))
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

// genInorderFill assigns vals to the subtree of node i in in-order, making it
// a search tree; next is the index of the next value to use.
func genInorderFill(t *genTree, i int, vals []int, next *int) {
	if i < 0 {
		return
	}
	genInorderFill(t, t.left[i], vals, next)
	t.val[i] = vals[*next]
	*next++
	genInorderFill(t, t.right[i], vals, next)
}

// genRandomBST inserts the distinct values in random order into a search
// tree.
func genRandomBST(r *rand.Rand, vals []int) *genTree {
	t := genNewTree(len(vals))
	order := r.Perm(len(vals))
	for i, k := range order {
		t.val[i] = vals[k]
		if i == 0 {
			continue
		}
		for p := 0; ; {
			next := &t.right[p]
			if t.val[i] < t.val[p] {
				next = &t.left[p]
			}
			if *next < 0 {
				*next = i
				break
			}
			p = *next
		}
	}
	return t
}

// genTree is a tree held in arrays: node i has value val[i] and children
// left[i] and right[i] (-1 for none); node 0 is the root.
type genTree struct {
	val, left, right []int
}

func genNewTree(n int) *genTree {
	t := &genTree{val: make([]int, n), left: make([]int, n), right: make([]int, n)}
	for i := range n {
		t.left[i], t.right[i] = -1, -1
	}
	return t
}

// genChain links the nodes in index order, each the only child of the one
// before: always the left child (side 0), always the right (side 1), or
// alternating (side 2). Depth is n.
func genChain(n, side int) *genTree {
	t := genNewTree(n)
	for i := 1; i < n; i++ {
		if side == 0 || (side == 2 && i%2 == 1) {
			t.left[i-1] = i
		} else {
			t.right[i-1] = i
		}
	}
	return t
}

// genComplete is the complete tree with nodes numbered in level order.
func genComplete(n int) *genTree {
	t := genNewTree(n)
	for i := range n {
		if 2*i+1 < n {
			t.left[i] = 2*i + 1
		}
		if 2*i+2 < n {
			t.right[i] = 2*i + 2
		}
	}
	return t
}

// genRandomShape hangs each node under a random earlier node with a free
// child slot.
func genRandomShape(r *rand.Rand, n int) *genTree {
	t := genNewTree(n)
	for i := 1; i < n; i++ {
		for {
			p := r.IntN(i)
			if r.IntN(2) == 0 && t.left[p] < 0 {
				t.left[p] = i
				break
			}
			if t.right[p] < 0 {
				t.right[p] = i
				break
			}
		}
	}
	return t
}

// genLevelOrder renders t in level order with nil for missing children,
// trailing nils dropped.
func (t *genTree) genLevelOrder() []any {
	if len(t.val) == 0 {
		return []any{}
	}
	out := []any{t.val[0]}
	for q := []int{0}; len(q) > 0; q = q[1:] {
		for _, c := range [2]int{t.left[q[0]], t.right[q[0]]} {
			if c < 0 {
				out = append(out, nil)
			} else {
				out = append(out, t.val[c])
				q = append(q, c)
			}
		}
	}
	for out[len(out)-1] == nil {
		out = out[:len(out)-1]
	}
	return out
}
