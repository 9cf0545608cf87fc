//go:build ignore

package main

// Mutant: union-find that sets parent[a] = b for the edge's own ends instead
// of linking their roots, overwriting a's earlier link and losing
// connections.
func findRedundantConnection(edges [][]int) []int {
	parent := make([]int, len(edges)+1)
	for i := range parent {
		parent[i] = i
	}
	find := func(x int) int {
		for parent[x] != x {
			x = parent[x]
		}
		return x
	}
	for _, e := range edges {
		if find(e[0]) == find(e[1]) {
			return e
		}
		parent[e[0]] = e[1]
	}
	return nil
}
