//go:build ignore

package main

import "sort"

// Mutant: Kruskal's algorithm that skips a pair when both points were already
// touched, instead of asking whether they are in the same component, so two
// separate groups are never joined.
func minCostConnectPoints(points [][]int) int {
	n := len(points)
	type pair struct{ a, b, w int }
	var pairs []pair
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			dx, dy := points[i][0]-points[j][0], points[i][1]-points[j][1]
			if dx < 0 {
				dx = -dx
			}
			if dy < 0 {
				dy = -dy
			}
			pairs = append(pairs, pair{i, j, dx + dy})
		}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].w < pairs[j].w })
	touched := make([]bool, n)
	total := 0
	for _, p := range pairs {
		if touched[p.a] && touched[p.b] {
			continue
		}
		touched[p.a], touched[p.b] = true, true
		total += p.w
	}
	return total
}
