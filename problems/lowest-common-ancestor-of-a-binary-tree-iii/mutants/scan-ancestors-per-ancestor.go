//go:build ignore

package main

// Mutant: for each ancestor of p, from p upwards, climbs from q all the
// way to the root looking for it. Right, but O(h^2): when the two nodes
// hang at the bottoms of two chains of 5*10^4 nodes that meet at the root,
// that is over 10^9 steps.
// verdict: time_limit_exceeded
func lowestCommonAncestor(p *Node, q *Node) *Node {
	for a := p; a != nil; a = a.Parent {
		for b := q; b != nil; b = b.Parent {
			if a == b {
				return a
			}
		}
	}
	return nil
}
