//go:build ignore

package main

// validTree uses the fact that a graph on n nodes with exactly n - 1 edges
// is a tree if and only if it is connected. After checking the count, one
// breadth-first search from node 0 must reach every node.
func validTree(n int, edges [][]int) bool {
	if len(edges) != n-1 {
		return false
	}
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	seen := make([]bool, n)
	seen[0] = true
	queue := append(make([]int, 0, n), 0)
	for head := 0; head < len(queue); head++ {
		for _, v := range adj[queue[head]] {
			if !seen[v] {
				seen[v] = true
				queue = append(queue, v)
			}
		}
	}
	return len(queue) == n
}
