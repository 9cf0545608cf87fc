//go:build ignore

package main

// cloneGraph walks the graph depth-first, keeping a map from each original
// node to its copy. A copy is registered before its neighbours are visited,
// so cycles end at the map instead of recursing forever, and every original
// node gets exactly one copy.
func cloneGraph(node *Node) *Node {
	copies := make(map[*Node]*Node)
	var clone func(n *Node) *Node
	clone = func(n *Node) *Node {
		if n == nil {
			return nil
		}
		if c, ok := copies[n]; ok {
			return c
		}
		c := &Node{Val: n.Val, Neighbors: make([]*Node, 0, len(n.Neighbors))}
		copies[n] = c
		for _, nb := range n.Neighbors {
			c.Neighbors = append(c.Neighbors, clone(nb))
		}
		return c
	}
	return clone(node)
}
