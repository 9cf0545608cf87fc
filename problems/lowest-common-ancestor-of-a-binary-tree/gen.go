//go:build ignore

package main

import "math/rand/v2"

// generate builds trees of the maximum size, 10^5 nodes. On the chains p and
// q sit at the very bottom, so a solution that re-searches a subtree at every
// level does about n^2/2 steps; the complete and random trees check ordinary
// shapes.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(236, 1))
	const n = 100_000
	// Distinct values: a shuffled range, shifted to include some negatives.
	genValues := func(t *genTree) {
		for i, v := range r.Perm(len(t.val)) {
			t.val[i] = v - 9_999
		}
	}
	genCase := func(name string, t *genTree, p, q int) GenCase {
		genValues(t)
		return GenCase{Name: name, Input: map[string]any{"root": t.genLevelOrder(), "p": t.val[p], "q": t.val[q]}}
	}
	complete := genComplete(n)
	random := genRandomShape(r, 20_000)
	return []GenCase{
		genCase("large-left-chain-bottom-pair", genChain(n, 0), n-2, n-1),
		genCase("large-zigzag-chain-bottom-pair", genChain(n, 2), n-1, n-3),
		// Leftmost and rightmost leaves of the complete tree: the answer is
		// the root.
		genCase("large-complete-far-leaves", complete, 65_535, n-1),
		genCase("random-shape", random, 19_998, 17_777),
	}
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
