//go:build ignore

package main

// Mutant: sizes the union-find arrays len(edges) as if nodes were numbered
// from 0, but they run from 1 to n, so node n is out of range.
func findRedundantConnection(edges [][]int) []int {
	parent := make([]int, len(edges))
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
			return e
		}
		parent[a] = b
	}
	return nil
}
