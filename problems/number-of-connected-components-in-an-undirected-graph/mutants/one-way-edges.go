//go:build ignore

package main

// Mutant: stores each edge only from its first node to its second, so a
// search misses nodes it could reach only against the listed direction and
// counts their components again.
func countComponents(n int, edges [][]int) int {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	seen := make([]bool, n)
	var visit func(u int)
	visit = func(u int) {
		seen[u] = true
		for _, v := range adj[u] {
			if !seen[v] {
				visit(v)
			}
		}
	}
	count := 0
	for s := 0; s < n; s++ {
		if !seen[s] {
			count++
			visit(s)
		}
	}
	return count
}
