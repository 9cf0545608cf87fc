//go:build ignore

package main

// Mutant: only checks that every node is reachable from node 0, so a
// connected graph with a cycle is accepted as a tree.
func validTree(n int, edges [][]int) bool {
	adj := make([][]int, n)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
		adj[e[1]] = append(adj[e[1]], e[0])
	}
	seen := make([]bool, n)
	var dfs func(u int) int
	dfs = func(u int) int {
		seen[u] = true
		count := 1
		for _, v := range adj[u] {
			if !seen[v] {
				count += dfs(v)
			}
		}
		return count
	}
	return dfs(0) == n
}
