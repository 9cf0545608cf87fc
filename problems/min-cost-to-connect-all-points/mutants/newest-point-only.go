//go:build ignore

package main

// Mutant: Prim's algorithm that overwrites each outside point's cost with its
// distance to the newest tree point instead of keeping the minimum over the
// whole tree.
func minCostConnectPoints(points [][]int) int {
	n := len(points)
	cost := make([]int, n)
	inTree := make([]bool, n)
	total := 0
	for step := range n {
		u := -1
		for j := range n {
			if !inTree[j] && (u < 0 || cost[j] < cost[u]) {
				u = j
			}
		}
		inTree[u] = true
		if step > 0 {
			total += cost[u]
		}
		for j := range n {
			if !inTree[j] {
				dx, dy := points[u][0]-points[j][0], points[u][1]-points[j][1]
				if dx < 0 {
					dx = -dx
				}
				if dy < 0 {
					dy = -dy
				}
				cost[j] = dx + dy
			}
		}
	}
	return total
}
