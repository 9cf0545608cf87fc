//go:build ignore

package main

// Mutant: reports the first edge whose two ends have both appeared before,
// but two nodes already seen may still lie in different pieces.
func findRedundantConnection(edges [][]int) []int {
	seen := map[int]bool{}
	for _, e := range edges {
		if seen[e[0]] && seen[e[1]] {
			return e
		}
		seen[e[0]], seen[e[1]] = true, true
	}
	return nil
}
