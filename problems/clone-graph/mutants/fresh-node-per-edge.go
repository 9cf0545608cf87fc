//go:build ignore

package main

// Mutant: remembers which originals were visited but not their copies, so a
// neighbour met again through a second edge gets a brand-new copy instead of
// the existing one.
func cloneGraph(node *Node) *Node {
	if node == nil {
		return nil
	}
	visited := map[*Node]bool{node: true}
	root := &Node{Val: node.Val}
	type pair struct{ orig, copy *Node }
	queue := []pair{{node, root}}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, nb := range p.orig.Neighbors {
			c := &Node{Val: nb.Val}
			p.copy.Neighbors = append(p.copy.Neighbors, c)
			if !visited[nb] {
				visited[nb] = true
				queue = append(queue, pair{nb, c})
			}
		}
	}
	return root
}
