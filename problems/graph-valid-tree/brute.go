//go:build ignore

package main

// validTree checks the two defining properties directly, without counting
// edges. Connected: labels spread along edges until nothing changes, and all
// nodes must end with one label. Acyclic: no edge may be a detour, that is,
// removing any single edge must disconnect its two ends.
func validTree(n int, edges [][]int) bool {
	linked := func(skip, from, to int) bool {
		reach := make([]bool, n)
		reach[from] = true
		for changed := true; changed; {
			changed = false
			for i, e := range edges {
				if i == skip {
					continue
				}
				if reach[e[0]] != reach[e[1]] {
					reach[e[0]], reach[e[1]] = true, true
					changed = true
				}
			}
		}
		return reach[to]
	}
	for v := 1; v < n; v++ {
		if !linked(-1, 0, v) {
			return false
		}
	}
	for i, e := range edges {
		if linked(i, e[0], e[1]) {
			return false
		}
	}
	return true
}
