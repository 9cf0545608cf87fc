//go:build ignore

package main

// Mutant: union-find that rejects an edge closing a cycle but never checks
// that everything ended up in one component, so a forest passes as a tree.
func validTree(n int, edges [][]int) bool {
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(x int) int
	find = func(x int) int {
		if parent[x] != x {
			parent[x] = find(parent[x])
		}
		return parent[x]
	}
	for _, e := range edges {
		a, b := find(e[0]), find(e[1])
		if a == b {
			return false
		}
		parent[a] = b
	}
	return true
}
