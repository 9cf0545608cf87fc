//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds search trees of the maximum size, 10^4 nodes, with
// distinct values from [0, 10^4]: chains (depth 10^4) asking for the value
// at the far end of the in-order walk, a narrowing zigzag, a complete tree
// and a random insertion order.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(230, 1))
	const n = 10_000
	// genSorted leaves out one random value of 0..10^4.
	genSorted := func() []int {
		skip := r.IntN(n + 1)
		vals := make([]int, 0, n)
		for v := 0; v <= n; v++ {
			if v != skip {
				vals = append(vals, v)
			}
		}
		return vals
	}
	input := func(t *genTree, k int) map[string]any {
		return map[string]any{"root": t.genLevelOrder(), "k": k}
	}
	right := genChain(n, 1)
	copy(right.val, genSorted())
	left := genChain(n, 0)
	for i, v := range genSorted() {
		left.val[n-1-i] = v
	}
	zigzag := genChain(n, 2)
	sorted := genSorted()
	for j := 0; 2*j < n; j++ {
		zigzag.val[2*j] = sorted[n-1-j]
		if 2*j+1 < n {
			zigzag.val[2*j+1] = sorted[j]
		}
	}
	complete := genComplete(n)
	genInorderFill(complete, 0, genSorted(), new(int))
	random := genRandomBST(r, genSorted())
	return []GenCase{
		{Name: "large-right-chain-k-is-n", Input: input(right, n)},
		{Name: "large-left-chain-k-is-n", Input: input(left, n)},
		{Name: "large-left-chain-k-is-1", Input: input(left, 1)},
		{Name: "large-zigzag-chain-k-in-middle", Input: input(zigzag, n/2)},
		{Name: "large-complete-k-is-n", Input: input(complete, n)},
		{Name: "large-random-insertion", Input: input(random, 1+r.IntN(n))},
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
	vals = slices.Clone(vals)
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
