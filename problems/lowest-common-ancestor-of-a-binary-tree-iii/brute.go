//go:build ignore

package main

// lowestCommonAncestor climbs from p to the root, then searches the whole
// tree from there the way one does without parent pointers: the ancestor
// is the node whose subtree holds p and q while neither child's subtree
// holds both. Containment is recomputed from scratch at every node.
func lowestCommonAncestor(p *Node, q *Node) *Node {
	root := p
	for root.Parent != nil {
		root = root.Parent
	}
	var holds func(t, x *Node) bool
	holds = func(t, x *Node) bool {
		return t != nil && (t == x || holds(t.Left, x) || holds(t.Right, x))
	}
	t := root
	for {
		switch {
		case holds(t.Left, p) && holds(t.Left, q):
			t = t.Left
		case holds(t.Right, p) && holds(t.Right, q):
			t = t.Right
		default:
			return t
		}
	}
}
