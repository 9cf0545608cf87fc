//go:build ignore

package main

// Mutant: builds the tree by squared Euclidean distance and then adds up the
// Manhattan costs of its cables; the two metrics rank pairs differently.
func minCostConnectPoints(points [][]int) int {
	n := len(points)
	const inf = 1 << 62
	key := make([]int, n)
	from := make([]int, n)
	inTree := make([]bool, n)
	for i := range key {
		key[i] = inf
	}
	key[0] = 0
	total := 0
	for range n {
		u := -1
		for j := range n {
			if !inTree[j] && (u < 0 || key[j] < key[u]) {
				u = j
			}
		}
		inTree[u] = true
		if u != 0 {
			dx, dy := points[u][0]-points[from[u]][0], points[u][1]-points[from[u]][1]
			total += max(dx, -dx) + max(dy, -dy)
		}
		for j := range n {
			dx, dy := points[u][0]-points[j][0], points[u][1]-points[j][1]
			if d := dx*dx + dy*dy; !inTree[j] && d < key[j] {
				key[j], from[j] = d, u
			}
		}
	}
	return total
}
