//go:build ignore

package main

import "math/rand/v2"

const genNodes = 2000

// genTreeEdges returns the n - 1 edges of a random tree on n nodes: node i
// (in a shuffled labelling) hangs below a random earlier node, or below the
// one just before it when chain is set. Edge order and direction are
// shuffled too.
func genTreeEdges(r *rand.Rand, n int, chain bool) [][]int {
	ids := r.Perm(n)
	edges := make([][]int, 0, n)
	for i := 1; i < n; i++ {
		p := i - 1
		if !chain {
			p = r.IntN(i)
		}
		a, b := ids[i], ids[p]
		if r.IntN(2) == 0 {
			a, b = b, a
		}
		edges = append(edges, []int{a, b})
	}
	r.Shuffle(len(edges), func(i, j int) { edges[i], edges[j] = edges[j], edges[i] })
	return edges
}

// genExtra adds distinct random edges not yet present until there are m.
func genExtra(r *rand.Rand, n int, edges [][]int, m int) [][]int {
	seen := map[[2]int]bool{}
	for _, e := range edges {
		seen[[2]int{min(e[0], e[1]), max(e[0], e[1])}] = true
	}
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

// generate builds graphs on 2,000 nodes: a path (a deep search), a random
// tree, a star, a random tree plus one edge, a dense graph of 5,000 edges,
// and two traps with exactly n - 1 edges that are not trees (a cycle in one
// part, the other part cut off).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(261, 4))
	path := genTreeEdges(r, genNodes, true)
	tree := genTreeEdges(r, genNodes, false)
	star := make([][]int, 0, genNodes-1)
	for v := 1; v < genNodes; v++ {
		star = append(star, []int{v, 0})
	}
	plusOne := genExtra(r, genNodes, genTreeEdges(r, genNodes, false), genNodes)
	dense := genExtra(r, genNodes, genTreeEdges(r, genNodes, false), 5000)
	// A tree on nodes 0..1998 plus one extra edge among them: n - 1 edges,
	// but node 1999 is alone and the rest has a cycle.
	cutOff := genExtra(r, genNodes-1, genTreeEdges(r, genNodes-1, false), genNodes-1)
	// A path through all nodes whose last edge is bent back to the start:
	// n - 1 edges, a cycle through 1,999 nodes and one node left alone.
	ids := r.Perm(genNodes)
	ring := make([][]int, 0, genNodes-1)
	for i := 1; i < genNodes-1; i++ {
		ring = append(ring, []int{ids[i-1], ids[i]})
	}
	ring = append(ring, []int{ids[genNodes-2], ids[0]})
	r.Shuffle(len(ring), func(i, j int) { ring[i], ring[j] = ring[j], ring[i] })
	return []GenCase{
		{Name: "large-path", Input: map[string]any{"n": genNodes, "edges": path}},
		{Name: "large-random-tree", Input: map[string]any{"n": genNodes, "edges": tree}},
		{Name: "large-star", Input: map[string]any{"n": genNodes, "edges": star}},
		{Name: "large-tree-plus-one-edge", Input: map[string]any{"n": genNodes, "edges": plusOne}},
		{Name: "large-dense", Input: map[string]any{"n": genNodes, "edges": dense}},
		{Name: "large-right-count-node-cut-off", Input: map[string]any{"n": genNodes, "edges": cutOff}},
		{Name: "large-ring-node-cut-off", Input: map[string]any{"n": genNodes, "edges": ring}},
	}
}

// sized is a random tree on n nodes with shuffled labels and edges.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(261, uint64(n)))
	return map[string]any{"n": n, "edges": genTreeEdges(r, n, false)}
}
