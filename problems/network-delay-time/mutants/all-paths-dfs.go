//go:build ignore

package main

// Mutant: explores every simple path from k by backtracking and keeps the
// best time per machine; the number of paths is exponential.
// verdict: time_limit_exceeded
func networkDelayTime(times [][]int, n int, k int) int {
	adj := make([][][2]int, n+1)
	for _, t := range times {
		adj[t[0]] = append(adj[t[0]], [2]int{t[1], t[2]})
	}
	best := make([]int, n+1)
	for i := range best {
		best[i] = -1
	}
	onPath := make([]bool, n+1)
	var dfs func(u, at int)
	dfs = func(u, at int) {
		if best[u] < 0 || at < best[u] {
			best[u] = at
		}
		onPath[u] = true
		for _, e := range adj[u] {
			if !onPath[e[0]] {
				dfs(e[0], at+e[1])
			}
		}
		onPath[u] = false
	}
	dfs(k, 0)
	worst := 0
	for v := 1; v <= n; v++ {
		if best[v] < 0 {
			return -1
		}
		worst = max(worst, best[v])
	}
	return worst
}
