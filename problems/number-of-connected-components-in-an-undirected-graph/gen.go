//go:build ignore

package main

import "math/rand/v2"

const genNodes = 2000

// genRandomEdges returns m distinct random edges on n nodes, in random order
// and direction.
func genRandomEdges(r *rand.Rand, n, m int) [][]int {
	seen := map[[2]int]bool{}
	edges := make([][]int, 0, m)
	for len(edges) < m {
		a, b := r.IntN(n), r.IntN(n)
		key := [2]int{min(a, b), max(a, b)}
		if a != b && !seen[key] {
			seen[key] = true
			edges = append(edges, []int{a, b})
		}
	}
	return edges
}

// generate builds graphs on 2,000 nodes: no edges, one long path through
// shuffled labels, 5,000 random edges, 1,000 random edges (a mix of
// components of many sizes), 400 five-node cycles (as many edges as nodes,
// 400 components), and 1,000 disjoint pairs.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(323, 8))
	ids := r.Perm(genNodes)
	path := make([][]int, 0, genNodes-1)
	for i := 1; i < genNodes; i++ {
		path = append(path, []int{ids[i-1], ids[i]})
	}
	r.Shuffle(len(path), func(i, j int) { path[i], path[j] = path[j], path[i] })
	ids = r.Perm(genNodes)
	var cycles, pairs [][]int
	for start := 0; start < genNodes; start += 5 {
		for k := range 5 {
			cycles = append(cycles, []int{ids[start+k], ids[start+(k+1)%5]})
		}
	}
	r.Shuffle(len(cycles), func(i, j int) { cycles[i], cycles[j] = cycles[j], cycles[i] })
	for i := 0; i < genNodes; i += 2 {
		pairs = append(pairs, []int{ids[i], ids[i+1]})
	}
	return []GenCase{
		{Name: "large-no-edges", Input: map[string]any{"n": genNodes, "edges": [][]int{}}},
		{Name: "large-path", Input: map[string]any{"n": genNodes, "edges": path}},
		{Name: "large-dense-random", Input: map[string]any{"n": genNodes, "edges": genRandomEdges(r, genNodes, 5000)}},
		{Name: "large-sparse-random", Input: map[string]any{"n": genNodes, "edges": genRandomEdges(r, genNodes, 1000)}},
		{Name: "large-five-cycles", Input: map[string]any{"n": genNodes, "edges": cycles}},
		{Name: "large-pairs", Input: map[string]any{"n": genNodes, "edges": pairs}},
	}
}

// sized is n nodes with n random edges: one giant component and a tail of
// small ones, visited in no helpful order.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(323, uint64(n)))
	return map[string]any{"n": n, "edges": genRandomEdges(r, n, n)}
}
