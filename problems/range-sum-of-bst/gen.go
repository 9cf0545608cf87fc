//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds search trees of the maximum size, 2*10^4 nodes, with
// distinct values from [1, 10^5]: chains (depth 2*10^4) whose range lies at
// the far end, a narrowing zigzag whose range is reached only at the bottom,
// a complete tree with the full range and a random insertion order.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(938, 1))
	const n = 20_000
	const maxVal = 100_000
	genSorted := func() []int {
		vals := r.Perm(maxVal)[:n]
		for i := range vals {
			vals[i]++
		}
		slices.Sort(vals)
		return vals
	}
	input := func(t *genTree, low, high int) map[string]any {
		return map[string]any{"root": t.genLevelOrder(), "low": low, "high": high}
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
	low := 1 + r.IntN(maxVal)
	high := low + r.IntN(maxVal-low+1)
	return []GenCase{
		{Name: "large-right-chain-upper-half", Input: input(right, right.val[n/2], maxVal)},
		{Name: "large-left-chain-full-range", Input: input(left, 1, maxVal)},
		{Name: "large-zigzag-chain-narrow-range", Input: input(zigzag, sorted[n/2-100], sorted[n/2+100])},
		{Name: "large-complete-full-range", Input: input(complete, 1, maxVal)},
		{Name: "large-random-insertion", Input: input(random, low, high)},
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
