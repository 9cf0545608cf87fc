//go:build ignore

package main

// Mutant: breadth-first copy that links a neighbour only when it is first
// discovered, dropping every edge that leads back to an already-copied node.
func cloneGraph(node *Node) *Node {
	if node == nil {
		return nil
	}
	copies := map[*Node]*Node{node: {Val: node.Val}}
	queue := []*Node{node}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, nb := range cur.Neighbors {
			if _, ok := copies[nb]; !ok {
				copies[nb] = &Node{Val: nb.Val}
				copies[cur].Neighbors = append(copies[cur].Neighbors, copies[nb])
				queue = append(queue, nb)
			}
		}
	}
	return copies[node]
}
