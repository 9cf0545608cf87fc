//go:build ignore

package main

// Mutant: the two-pointer climb, but a pointer that runs past the root
// starts again at its own node instead of the other's, so the difference
// in depth never cancels. On nodes of different depths the two cycles only
// line up by chance, often first on the root, after up to the product of
// the two path lengths in steps. Expected verdict: wrong_answer, or
// time_limit_exceeded on deep trees (left undeclared, as either can come
// first).
func lowestCommonAncestor(p *Node, q *Node) *Node {
	a, b := p, q
	for a != b {
		if a.Parent != nil {
			a = a.Parent
		} else {
			a = p
		}
		if b.Parent != nil {
			b = b.Parent
		} else {
			b = q
		}
	}
	return a
}
