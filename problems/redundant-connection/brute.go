//go:build ignore

package main

// findRedundantConnection tries removing each edge, from the last to the
// first, and keeps the first whose removal leaves every node reachable from
// node 1 (n - 1 edges that connect n nodes form a tree). Reachability is
// found by passing over the remaining edges until nothing new is reached.
func findRedundantConnection(edges [][]int) []int {
	n := len(edges)
	for skip := n - 1; skip >= 0; skip-- {
		reach := make([]bool, n+1)
		reach[1] = true
		for changed := true; changed; {
			changed = false
			for i, e := range edges {
				if i != skip && reach[e[0]] != reach[e[1]] {
					reach[e[0]], reach[e[1]] = true, true
					changed = true
				}
			}
		}
		all := true
		for v := 1; v <= n; v++ {
			all = all && reach[v]
		}
		if all {
			return edges[skip]
		}
	}
	return nil
}
