//go:build ignore

package main

// Mutant: adds every link in both directions, so the signal travels against
// one-way links.
func networkDelayTime(times [][]int, n int, k int) int {
	const inf = 1 << 40
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = inf
	}
	dist[k] = 0
	for round := 0; round < n; round++ {
		for _, t := range times {
			u, v, w := t[0], t[1], t[2]
			dist[v] = min(dist[v], dist[u]+w)
			dist[u] = min(dist[u], dist[v]+w)
		}
	}
	worst := 0
	for v := 1; v <= n; v++ {
		if dist[v] >= inf {
			return -1
		}
		worst = max(worst, dist[v])
	}
	return worst
}
