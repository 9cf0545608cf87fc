//go:build ignore

package main

// Mutant: climbs from p and q one step at a time together, without first
// bringing the deeper one up to the other's depth. With equal depths it
// works; otherwise the two never stand on the same node, the shallower one
// climbs past the root, and the next step dereferences nil.
// verdict: runtime_error
func lowestCommonAncestor(p *Node, q *Node) *Node {
	for p != q {
		p, q = p.Parent, q.Parent
	}
	return p
}
