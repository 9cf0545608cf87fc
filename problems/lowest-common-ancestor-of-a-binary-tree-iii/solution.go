//go:build ignore

package main

// lowestCommonAncestor climbs from p and from q at the same pace. A pointer
// that runs past the root starts again at the other node. The path from p
// to the root has length a + c and the one from q has b + c, where c is
// the shared part above the ancestor; after a + c + b steps on one side
// and b + c + a on the other, both pointers stand on the ancestor, and no
// earlier step can put them on the same node unless it is that ancestor.
func lowestCommonAncestor(p *Node, q *Node) *Node {
	a, b := p, q
	for a != b {
		if a.Parent != nil {
			a = a.Parent
		} else {
			a = q
		}
		if b.Parent != nil {
			b = b.Parent
		} else {
			b = p
		}
	}
	return a
}
