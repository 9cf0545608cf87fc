//go:build ignore

package main

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
	complete := genComplete(n)
	genInorderFill(complete, 0, genSorted(), new(int))
	return []GenCase{
		genCase("large-left-chain-bottom-pair", left, n-1, n-2),
		genCase("large-zigzag-chain-bottom-pair", zigzag, n-2, n-1),
		// Leftmost and rightmost leaves of the last level: the root.
		genCase("large-complete-far-leaves", complete, n-1, 65_535),
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
