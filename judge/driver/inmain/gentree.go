// Tree building for generators: the driver ships this file into every
// generator build (the reference compiled with gen.go), where gen.go calls
// it to make large trees. Unlike the rest of this package its names are
// meant to be called, so they start with gen, the prefix gen.go's own names
// take; a gen.go must not declare them again.

package inmain

import (
	_rand "math/rand/v2"
	_slices "slices"
)

// genTree is a binary tree held in arrays: node i has value val[i] and
// children left[i] and right[i] (-1 for none); node 0 is the root.
type genTree struct {
	val, left, right []int
}

// genNewTree is n nodes with value 0 and no links.
func genNewTree(n int) *genTree {
	t := &genTree{val: make([]int, n), left: make([]int, n), right: make([]int, n)}
	for i := range n {
		t.left[i], t.right[i] = -1, -1
	}
	return t
}

// genChain links the nodes in index order, each the only child of the one
// before: always the left child (side 0), always the right (side 1), or
// alternating, left first (side 2). Depth is n.
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

// genBroom is a zigzag chain of k nodes (one node per level) whose last node
// roots a complete tree of the other n-k+1 nodes (the widest levels): a
// tree both deep and wide.
func genBroom(n, k int) *genTree {
	t := genNewTree(n)
	k = max(min(k, n), 1)
	for i := 1; i < k; i++ {
		if i%2 == 1 {
			t.left[i-1] = i
		} else {
			t.right[i-1] = i
		}
	}
	// Nodes k-1 … n-1 form a complete tree rooted at k-1.
	for j := 0; k-1+j < n; j++ {
		if c := k - 1 + 2*j + 1; c < n {
			t.left[k-1+j] = c
		}
		if c := k - 1 + 2*j + 2; c < n {
			t.right[k-1+j] = c
		}
	}
	return t
}

// genRandomShape hangs each node under a random earlier node with a free
// child slot.
func genRandomShape(r *_rand.Rand, n int) *genTree {
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

// genRandomBST is the search tree made by inserting the distinct values in
// a random order; vals is left as it was.
func genRandomBST(r *_rand.Rand, vals []int) *genTree {
	vals = _slices.Clone(vals)
	r.Shuffle(len(vals), func(i, j int) { vals[i], vals[j] = vals[j], vals[i] })
	t := genNewTree(len(vals))
	copy(t.val, vals)
	for i := 1; i < len(vals); i++ {
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

// genRandomValues gives every node a random value in [lo, hi], in index
// order, and returns t.
func (t *genTree) genRandomValues(r *_rand.Rand, lo, hi int) *genTree {
	for i := range t.val {
		t.val[i] = lo + r.IntN(hi-lo+1)
	}
	return t
}

// genInorder gives the nodes vals[0], vals[1], ... in in-order (left
// subtree, node, right subtree) and returns t: with vals sorted and
// distinct, the only values that make t a search tree of this shape. It
// walks without recursion, so chains of any depth are fine.
func (t *genTree) genInorder(vals []int) *genTree {
	if len(t.val) == 0 {
		return t
	}
	next := 0
	var stack []int
	for i := 0; i >= 0 || len(stack) > 0; {
		for ; i >= 0; i = t.left[i] {
			stack = append(stack, i)
		}
		i = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		t.val[i] = vals[next]
		next++
		i = t.right[i]
	}
	return t
}

// genLevelOrder renders t as the tests write a tree: level order with nil
// for missing children, trailing nils dropped.
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
