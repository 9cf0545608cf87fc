//go:build ignore

package main

// Mutant: returns the latest time among the machines that were reached and
// never answers -1 when some machine is cut off.
func networkDelayTime(times [][]int, n int, k int) int {
	const inf = 1 << 40
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = inf
	}
	dist[k] = 0
	for round := 0; round < n; round++ {
		for _, t := range times {
			if dist[t[0]] < inf {
				dist[t[1]] = min(dist[t[1]], dist[t[0]]+t[2])
			}
		}
	}
	worst := 0
	for v := 1; v <= n; v++ {
		if dist[v] < inf {
			worst = max(worst, dist[v])
		}
	}
	return worst
}
