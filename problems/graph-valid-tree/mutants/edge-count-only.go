//go:build ignore

package main

// Mutant: only checks that there are n - 1 edges, which a graph with a cycle
// and a node cut off also has.
func validTree(n int, edges [][]int) bool {
	return len(edges) == n-1
}
