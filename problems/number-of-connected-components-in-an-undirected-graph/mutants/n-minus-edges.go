//go:build ignore

package main

// Mutant: assumes every edge merges two components and returns n minus the
// number of edges, which undercounts as soon as an edge closes a cycle.
func countComponents(n int, edges [][]int) int {
	return n - len(edges)
}
