//go:build ignore

package main

import "math/rand/v2"

// genDiamonds returns a chain of diamonds on n machines: links i->i+1 and
// i->i+2, so the simple paths from 1 number about Fibonacci(n).
func genDiamonds(r *rand.Rand, n int) [][]int {
	times := make([][]int, 0, 2*n)
	for i := 1; i < n; i++ {
		times = append(times, []int{i, i + 1, r.IntN(101)})
		if i+2 <= n {
			times = append(times, []int{i, i + 2, r.IntN(101)})
		}
	}
	return times
}

// genFill adds random distinct links, never into node skip, until there are m.
func genFill(r *rand.Rand, n, skip int, times [][]int, m int, lo int) [][]int {
	seen := map[[2]int]bool{}
	for _, t := range times {
		seen[[2]int{t[0], t[1]}] = true
	}
	for len(times) < m {
		u, v := 1+r.IntN(n), 1+r.IntN(n)
		if u == v || v == skip || seen[[2]int{u, v}] {
			continue
		}
		seen[[2]int{u, v}] = true
		times = append(times, []int{u, v, lo + r.IntN(101-lo)})
	}
	r.Shuffle(len(times), func(i, j int) { times[i], times[j] = times[j], times[i] })
	return times
}

// generate builds networks of 100 machines and 6,000 links: random links, a
// chain of diamonds with slow extra links (exponentially many paths), the
// same with one machine nothing reaches, and a reversed chain that needs
// many rounds of relaxation.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(743, 11))
	const n, m = 100, 6000
	random := genFill(r, n, 0, nil, m, 0)
	diamonds := genFill(r, n, 0, genDiamonds(r, n), m, 90)
	cut := genFill(r, n, 57, nil, m, 0)
	chain := make([][]int, 0, m)
	for i := n - 1; i >= 1; i-- {
		chain = append(chain, []int{i, i + 1, 1})
	}
	chain = genFill(r, n, 0, chain, m, 100)
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"times": random, "n": n, "k": 1}},
		{Name: "large-diamonds", Input: map[string]any{"times": diamonds, "n": n, "k": 1}},
		{Name: "large-one-unreachable", Input: map[string]any{"times": cut, "n": n, "k": 3}},
		{Name: "large-chain", Input: map[string]any{"times": chain, "n": n, "k": 1}},
	}
}

// sized builds a chain of diamonds on n machines: about 2n links, and
// Fibonacci(n) simple paths for a search that tries them all.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(743, uint64(n)))
	return map[string]any{"times": genDiamonds(r, n), "n": n, "k": 1}
}
