//go:build ignore

package main

// Mutant: builds the graph as a map from the edges and counts components
// among its keys only, forgetting nodes that have no edge at all.
func countComponents(n int, edges [][]int) int {
	adj := map[int][]int{}
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	seen := map[int]bool{}
	count := 0
	for s := range adj {
		if seen[s] {
			continue
		}
		count++
		seen[s] = true
		stack := []int{s}
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
