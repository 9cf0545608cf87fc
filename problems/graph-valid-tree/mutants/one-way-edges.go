//go:build ignore

package main

// Mutant: stores each edge only from its first node to its second, as if the
// graph were directed, so a search from node 0 misses nodes whose edge is
// written the other way round.
func validTree(n int, edges [][]int) bool {
	if len(edges) != n-1 {
		return false
	}
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	seen := make([]bool, n)
	seen[0] = true
	queue := []int{0}
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
