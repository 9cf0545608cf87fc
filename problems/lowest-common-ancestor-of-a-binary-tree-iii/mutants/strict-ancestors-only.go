//go:build ignore

package main

// Mutant: records p's ancestors in a set, then climbs from q's parent to
// the first recorded one, forgetting that a node counts as its own
// ancestor: when p is an ancestor of q, or q of p, it answers a node above
// the right one.
// verdict: wrong_answer
func lowestCommonAncestor(p *Node, q *Node) *Node {
	seen := map[*Node]bool{}
	for a := p.Parent; a != nil; a = a.Parent {
		seen[a] = true
	}
	for b := q.Parent; b != nil; b = b.Parent {
		if seen[b] {
			return b
		}
	}
	return nil
}
