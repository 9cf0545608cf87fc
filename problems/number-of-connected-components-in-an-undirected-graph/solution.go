//go:build ignore

package main

// countComponents builds adjacency lists and walks the nodes in order; each
// node not yet reached starts a new component, whose nodes an explicit-stack
// search then marks.
func countComponents(n int, edges [][]int) int {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	seen := make([]bool, n)
	count := 0
	var stack []int
	for s := 0; s < n; s++ {
		if seen[s] {
			continue
		}
		count++
		seen[s] = true
		stack = append(stack[:0], s)
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, v := range adj[u] {
				if !seen[v] {
					seen[v] = true
					stack = append(stack, v)
				}
			}
		}
	}
	return count
}
