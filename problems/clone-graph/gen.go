//go:build ignore

package main

import "math/rand/v2"

const genNodes = 100

func genAdj(edges [][2]int) [][]int {
	adj := make([][]int, genNodes)
	for i := range adj {
		adj[i] = []int{}
	}
	for _, e := range edges {
		adj[e[0]-1] = append(adj[e[0]-1], e[1])
		adj[e[1]-1] = append(adj[e[1]-1], e[0])
	}
	return adj
}

// generate builds 100-node graphs: the complete graph (4,950 edges), one long
// cycle, and a random connected graph whose neighbour lists are shuffled.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(3, 5))
	var complete, cycle, random [][2]int
	for a := 1; a <= genNodes; a++ {
		for b := a + 1; b <= genNodes; b++ {
			complete = append(complete, [2]int{a, b})
		}
		cycle = append(cycle, [2]int{a, a%genNodes + 1})
	}
	used := map[[2]int]bool{}
	addRandom := func(a, b int) {
		if a > b {
			a, b = b, a
		}
		if a != b && !used[[2]int{a, b}] {
			used[[2]int{a, b}] = true
			random = append(random, [2]int{a, b})
		}
	}
	for v := 2; v <= genNodes; v++ {
		addRandom(v, 1+r.IntN(v-1)) // a random spanning tree keeps it connected
	}
	for range 600 {
		addRandom(1+r.IntN(genNodes), 1+r.IntN(genNodes))
	}
	r.Shuffle(len(random), func(i, j int) { random[i], random[j] = random[j], random[i] })
	return []GenCase{
		{Name: "large-complete", Input: map[string]any{"adjList": genAdj(complete)}},
		{Name: "large-cycle", Input: map[string]any{"adjList": genAdj(cycle)}},
		{Name: "large-random-connected", Input: map[string]any{"adjList": genAdj(random)}},
	}
}

// sized is a connected graph of n nodes: a cycle through all of them (a
// depth-first copy goes n calls deep) plus 2n random chords, with every
// neighbour list shuffled; about 3n edges in all.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 5))
	used := make(map[[2]int]bool, 3*n)
	adj := make([][]int, n)
	for i := range adj {
		adj[i] = []int{}
	}
	genLink := func(a, b int) {
		if a > b {
			a, b = b, a
		}
		if a != b && !used[[2]int{a, b}] {
			used[[2]int{a, b}] = true
			adj[a-1] = append(adj[a-1], b)
			adj[b-1] = append(adj[b-1], a)
		}
	}
	for a := 1; a <= n; a++ {
		genLink(a, a%n+1)
	}
	for range 2 * n {
		genLink(1+r.IntN(n), 1+r.IntN(n))
	}
	for _, nb := range adj {
		r.Shuffle(len(nb), func(i, j int) { nb[i], nb[j] = nb[j], nb[i] })
	}
	return map[string]any{"adjList": adj}
}
