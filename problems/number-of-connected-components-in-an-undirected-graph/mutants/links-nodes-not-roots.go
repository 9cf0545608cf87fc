//go:build ignore

package main

// Mutant: union-find that links the two nodes of an edge directly
// (parent[a] = b) instead of linking their roots, so a node's earlier link
// is overwritten and components fall apart.
func countComponents(n int, edges [][]int) int {
	parent := make([]int, n)
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
		if find(e[0]) != find(e[1]) {
			parent[e[0]] = e[1]
		}
	}
	count := 0
	for i := range parent {
		if find(i) == i {
			count++
		}
	}
	return count
}
