//go:build ignore

package main

import "sort"

// Mutant: Kruskal's algorithm that checks each candidate pair for a cycle by
// searching the tree built so far instead of using union-find, O(n) per pair
// over O(n^2) pairs.
// verdict: time_limit_exceeded
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
	adj := make([][]int, n)
	connected := func(a, b int) bool {
		seen := make([]bool, n)
		stack := []int{a}
		seen[a] = true
		for len(stack) > 0 {
			u := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if u == b {
				return true
			}
			for _, v := range adj[u] {
				if !seen[v] {
					seen[v] = true
					stack = append(stack, v)
				}
			}
		}
		return false
	}
	total, used := 0, 0
	for _, p := range pairs {
		if used == n-1 {
			break
		}
		if !connected(p.a, p.b) {
			adj[p.a] = append(adj[p.a], p.b)
			adj[p.b] = append(adj[p.b], p.a)
			total += p.w
			used++
		}
	}
	return total
}
