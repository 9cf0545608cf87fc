//go:build ignore

package main

// Mutant: lifts the deeper node until the depths agree, then both
// together, but measures each depth again from scratch (a climb to the
// root) on every step: O(h^2) on a deep tree.
// verdict: time_limit_exceeded
func lowestCommonAncestor(p *Node, q *Node) *Node {
	depth := func(n *Node) int {
		d := 0
		for ; n.Parent != nil; n = n.Parent {
			d++
		}
		return d
	}
	for p != q {
		dp, dq := depth(p), depth(q)
		if dp >= dq {
			p = p.Parent
		}
		if dq >= dp {
			q = q.Parent
		}
	}
	return p
}
