//go:build ignore

package main

// Mutant: breadth-first search that fixes a machine's time when it is first
// discovered, as if all links were equally slow; a detour over several fast
// links can arrive earlier.
func networkDelayTime(times [][]int, n int, k int) int {
	adj := make([][][2]int, n+1)
	for _, t := range times {
		adj[t[0]] = append(adj[t[0]], [2]int{t[1], t[2]})
	}
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = -1
	}
	dist[k] = 0
	queue := []int{k}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, e := range adj[u] {
			if dist[e[0]] < 0 {
				dist[e[0]] = dist[u] + e[1]
				queue = append(queue, e[0])
			}
		}
	}
	worst := 0
	for v := 1; v <= n; v++ {
		if dist[v] < 0 {
			return -1
		}
		worst = max(worst, dist[v])
	}
	return worst
}
