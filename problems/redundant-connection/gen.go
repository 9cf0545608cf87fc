//go:build ignore

package main

import "math/rand/v2"

const genNodes = 1000

// genEdge orders an edge's ends as the input requires (a < b).
func genEdge(a, b int) []int {
	return []int{min(a, b), max(a, b)}
}

// genCycle is one cycle through all n nodes in a shuffled order, its edges
// shuffled too.
func genCycle(r *rand.Rand, n int) [][]int {
	ids := r.Perm(n)
	edges := make([][]int, 0, n)
	for i := range n {
		edges = append(edges, genEdge(ids[i]+1, ids[(i+1)%n]+1))
	}
	r.Shuffle(n, func(i, j int) { edges[i], edges[j] = edges[j], edges[i] })
	return edges
}

// genTreePlusEdge is a random tree on n nodes, shuffled, with one random
// extra edge inserted at position at (or appended when at is -1).
func genTreePlusEdge(r *rand.Rand, n, at int) [][]int {
	ids := r.Perm(n)
	seen := map[[2]int]bool{}
	edges := make([][]int, 0, n)
	for i := 1; i < n; i++ {
		e := genEdge(ids[i]+1, ids[r.IntN(i)]+1)
		seen[[2]int{e[0], e[1]}] = true
		edges = append(edges, e)
	}
	r.Shuffle(len(edges), func(i, j int) { edges[i], edges[j] = edges[j], edges[i] })
	for {
		e := genEdge(r.IntN(n)+1, r.IntN(n)+1)
		if e[0] == e[1] || seen[[2]int{e[0], e[1]}] {
			continue
		}
		if at < 0 {
			return append(edges, e)
		}
		edges = append(edges[:at], append([][]int{e}, edges[at:]...)...)
		return edges
	}
}

// generate builds graphs on 1,000 nodes: one cycle through every node with
// shuffled edges, a path closed by its final edge, a triangle at the start
// followed by a long path, a random tree whose extra edge is listed first,
// and one whose extra edge is listed last.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(684, 2))
	closedPath := make([][]int, 0, genNodes)
	for v := 1; v < genNodes; v++ {
		closedPath = append(closedPath, []int{v, v + 1})
	}
	closedPath = append(closedPath, []int{1, genNodes})
	triangle := [][]int{{1, 2}, {2, 3}, {1, 3}}
	for v := 3; v < genNodes; v++ {
		triangle = append(triangle, []int{v, v + 1})
	}
	return []GenCase{
		{Name: "large-cycle-through-all", Input: map[string]any{"edges": genCycle(r, genNodes)}},
		{Name: "large-path-closed-last", Input: map[string]any{"edges": closedPath}},
		{Name: "large-triangle-first", Input: map[string]any{"edges": triangle}},
		{Name: "large-random-extra-first", Input: map[string]any{"edges": genTreePlusEdge(r, genNodes, 0)}},
		{Name: "large-random-extra-last", Input: map[string]any{"edges": genTreePlusEdge(r, genNodes, -1)}},
	}
}

// sized is one cycle through all n nodes, shuffled: the union-find merges
// n - 1 times before the closing edge arrives.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(684, uint64(n)))
	return map[string]any{"edges": genCycle(r, n)}
}
