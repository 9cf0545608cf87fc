//go:build ignore

package main

// Mutant: correct for non-empty graphs but dereferences the nil node of an
// empty graph.
func cloneGraph(node *Node) *Node {
	copies := map[*Node]*Node{node: {Val: node.Val}}
	queue := []*Node{node}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, nb := range cur.Neighbors {
			if _, ok := copies[nb]; !ok {
				copies[nb] = &Node{Val: nb.Val}
				queue = append(queue, nb)
			}
			copies[cur].Neighbors = append(copies[cur].Neighbors, copies[nb])
		}
	}
	return copies[node]
}
