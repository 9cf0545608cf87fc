// message: reuses node
func cloneGraph(node *Node) *Node {
	return node
}
