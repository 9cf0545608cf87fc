//go:build ignore

package main

// Mutant: finds the cycle correctly but returns the cycle edge listed first
// instead of the one listed last.
func findRedundantConnection(edges [][]int) []int {
	n := len(edges)
	deg := make([]int, n+1)
	for _, e := range edges {
		deg[e[0]]++
		deg[e[1]]++
	}
	// Peel leaves until only the cycle is left.
	removed := make([]bool, n+1)
	for changed := true; changed; {
		changed = false
		for v := 1; v <= n; v++ {
			if !removed[v] && deg[v] == 1 {
				removed[v] = true
				changed = true
				for _, e := range edges {
					if e[0] == v && !removed[e[1]] {
						deg[e[1]]--
					} else if e[1] == v && !removed[e[0]] {
						deg[e[0]]--
					}
				}
			}
		}
	}
	for _, e := range edges {
		if !removed[e[0]] && !removed[e[1]] {
			return e
		}
	}
	return nil
}
