//go:build ignore

package main

// Mutant: tries every route of at most k + 1 flights by depth-first search
// with no memo; the number of routes grows exponentially with k.
// verdict: time_limit_exceeded
func findCheapestPrice(n int, flights [][]int, src int, dst int, k int) int {
	adj := make([][][2]int, n)
	for _, f := range flights {
		adj[f[0]] = append(adj[f[0]], [2]int{f[1], f[2]})
	}
	best := -1
	var dfs func(city, left, cost int)
	dfs = func(city, left, cost int) {
		if city == dst {
			if best < 0 || cost < best {
				best = cost
			}
			return
		}
		if left == 0 {
			return
		}
		for _, e := range adj[city] {
			dfs(e[0], left-1, cost+e[1])
		}
	}
	dfs(src, k+1, 0)
	return best
}
