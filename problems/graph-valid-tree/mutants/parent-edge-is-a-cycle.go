//go:build ignore

package main

// Mutant: the depth-first cycle check does not skip the edge back to the
// node it came from, so every undirected edge looks like a cycle.
func validTree(n int, edges [][]int) bool {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	seen := make([]bool, n)
	var acyclic func(u int) bool
	acyclic = func(u int) bool {
		seen[u] = true
		for _, v := range adj[u] {
			if seen[v] || !acyclic(v) {
				return false
			}
		}
		return true
	}
	if !acyclic(0) {
		return false
	}
	for _, s := range seen {
		if !s {
			return false
		}
	}
	return true
}
