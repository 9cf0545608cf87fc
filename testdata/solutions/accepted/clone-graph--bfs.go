/**
 * Definition for a Node.
 * type Node struct {
 *     Val int
 *     Neighbors []*Node
 * }
 */

func cloneGraph(node *Node) *Node {
	if node == nil {
		return nil
	}
	clones := map[*Node]*Node{node: {Val: node.Val}}
	queue := []*Node{node}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range n.Neighbors {
			if _, ok := clones[m]; !ok {
				clones[m] = &Node{Val: m.Val}
				queue = append(queue, m)
			}
			clones[n].Neighbors = append(clones[n].Neighbors, clones[m])
		}
	}
	return clones[node]
}
