//go:build ignore

package main

// Mutant: copies only the given node and reuses its neighbour slice, so the
// "copy" still points at the original nodes.
func cloneGraph(node *Node) *Node {
	if node == nil {
		return nil
	}
	return &Node{Val: node.Val, Neighbors: node.Neighbors}
}
