//go:build ignore

package main

import "math/rand/v2"

// genNode is a tree built by the generator before it is written in level
// order.
type genNode struct {
	val         int
	left, right *genNode
}

// genLevelOrder writes a tree the way the tests do: level order, nil for a
// missing child, trailing nils dropped.
func genLevelOrder(root *genNode) []any {
	out := []any{}
	q := []*genNode{root}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		if n == nil {
			out = append(out, nil)
			continue
		}
		out = append(out, n.val)
		q = append(q, n.left, n.right)
	}
	for len(out) > 0 && out[len(out)-1] == nil {
		out = out[:len(out)-1]
	}
	return out
}

// generate builds 10^4-node trees: left and right chains (recursion depth
// 10^4), a zigzag path, a complete tree, a random tree full of repeated values
// and a tree whose every value is the same, so codecs that find nodes by value
// or choke on depth fail.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(297, 10000))
	const n = 10000
	val := func() int { return r.IntN(2001) - 1000 }

	chain := func(dir int) *genNode {
		root := &genNode{val: val()}
		cur := root
		for i := 1; i < n; i++ {
			next := &genNode{val: val()}
			if dir == 0 || (dir == 2 && i%2 == 0) {
				cur.left = next
			} else {
				cur.right = next
			}
			cur = next
		}
		return root
	}

	complete := func() *genNode {
		nodes := make([]*genNode, n)
		for i := range nodes {
			nodes[i] = &genNode{val: val()}
		}
		for i := range nodes {
			if 2*i+1 < n {
				nodes[i].left = nodes[2*i+1]
			}
			if 2*i+2 < n {
				nodes[i].right = nodes[2*i+2]
			}
		}
		return nodes[0]
	}

	// random attaches each new node to a free child slot of a random
	// existing node; values come from a small set so they repeat a lot.
	random := func(values int) *genNode {
		root := &genNode{val: r.IntN(values) - values/2}
		nodes := []*genNode{root}
		for len(nodes) < n {
			p := nodes[r.IntN(len(nodes))]
			c := &genNode{val: r.IntN(values) - values/2}
			if r.IntN(2) == 0 && p.left == nil {
				p.left = c
			} else if p.right == nil {
				p.right = c
			} else if p.left == nil {
				p.left = c
			} else {
				continue
			}
			nodes = append(nodes, c)
		}
		return root
	}

	same := random(1)

	return []GenCase{
		{Name: "large-left-chain", Input: map[string]any{"root": genLevelOrder(chain(0))}},
		{Name: "large-right-chain", Input: map[string]any{"root": genLevelOrder(chain(1))}},
		{Name: "large-zigzag-path", Input: map[string]any{"root": genLevelOrder(chain(2))}},
		{Name: "large-complete-tree", Input: map[string]any{"root": genLevelOrder(complete())}},
		{Name: "large-random-shape-repeated-values", Input: map[string]any{"root": genLevelOrder(random(21))}},
		{Name: "large-random-shape-one-value", Input: map[string]any{"root": genLevelOrder(same)}},
	}
}

// sized is a zigzag path of n nodes with random values from [-1000, 1000]:
// depth n, so codecs that index nodes by heap position (2i+1, 2i+2) blow up
// and recursion is as deep as it gets.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(297, uint64(n)))
	return map[string]any{"root": genChain(n, 2).genRandomValues(r, -1000, 1000).genLevelOrder()}
}
