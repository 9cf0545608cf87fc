//go:build ignore

package main

import "math/rand/v2"

// genDiamondFlights links city i to i+1 and i+2, so there are about
// Fibonacci(n) routes from 0 to n-1.
func genDiamondFlights(r *rand.Rand, n int) [][]int {
	flights := make([][]int, 0, 2*n)
	for i := 0; i+1 < n; i++ {
		flights = append(flights, []int{i, i + 1, 1 + r.IntN(10_000)})
		if i+2 < n {
			flights = append(flights, []int{i, i + 2, 1 + r.IntN(10_000)})
		}
	}
	return flights
}

// genFillFlights adds random distinct flights until there are m, and
// shuffles them.
func genFillFlights(r *rand.Rand, n int, flights [][]int, m int) [][]int {
	seen := map[[2]int]bool{}
	for _, f := range flights {
		seen[[2]int{f[0], f[1]}] = true
	}
	for len(flights) < m {
		u, v := r.IntN(n), r.IntN(n)
		if u != v && !seen[[2]int{u, v}] {
			seen[[2]int{u, v}] = true
			flights = append(flights, []int{u, v, 1 + r.IntN(10_000)})
		}
	}
	r.Shuffle(len(flights), func(i, j int) { flights[i], flights[j] = flights[j], flights[i] })
	return flights
}

// generate builds 100 cities: every possible flight with k = 99, a chain of
// diamonds with many extra flights, a cheap long chain against a dear direct
// flight with a small k, and a sparse random network.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(787, 5))
	const n = 100
	full := genFillFlights(r, n, nil, n*(n-1))
	full = full[:n*(n-1)/2]
	diamonds := genFillFlights(r, n, genDiamondFlights(r, n), 3000)
	chain := make([][]int, 0, n)
	for i := 0; i+1 < n; i++ {
		chain = append(chain, []int{i, i + 1, 1})
	}
	chain = append(chain, []int{0, n - 1, 10_000}, []int{0, n / 2, 5000}, []int{n / 2, n - 1, 4999})
	r.Shuffle(len(chain), func(i, j int) { chain[i], chain[j] = chain[j], chain[i] })
	sparse := genFillFlights(r, n, nil, 300)
	return []GenCase{
		{Name: "large-dense", Input: map[string]any{"n": n, "flights": full, "src": 0, "dst": n - 1, "k": n - 1}},
		{Name: "large-diamonds", Input: map[string]any{"n": n, "flights": diamonds, "src": 0, "dst": n - 1, "k": n - 1}},
		{Name: "large-chain-small-k", Input: map[string]any{"n": n, "flights": chain, "src": 0, "dst": n - 1, "k": 1}},
		{Name: "large-chain-full-k", Input: map[string]any{"n": n, "flights": chain, "src": 0, "dst": n - 1, "k": n - 2}},
		{Name: "large-sparse", Input: map[string]any{"n": n, "flights": sparse, "src": 3, "dst": 77, "k": 10}},
	}
}

// sized builds a chain of diamonds on n cities with k = n - 1: about 2n
// flights, k + 1 rounds for Bellman-Ford, Fibonacci(n) routes for a search.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(787, uint64(n)))
	return map[string]any{"n": n, "flights": genDiamondFlights(r, n), "src": 0, "dst": n - 1, "k": n - 1}
}
