//go:build ignore

package main

import "math/rand/v2"

// genPicks writes the constructor with w and then picks calls.
func genPicks(w []int, picks int) map[string]any {
	ops := make([]string, 1, picks+1)
	args := make([][]any, 1, picks+1)
	ops[0], args[0] = "Solution", []any{w}
	for range picks {
		ops = append(ops, "pickIndex")
		args = append(args, []any{})
	}
	return map[string]any{"operations": ops, "arguments": args}
}

// generate builds the largest arrays with the most picks (10^4 each), and
// short arrays with 10^4 picks where the checker's frequency tests have the
// power to see a bias of one unit of weight: a last index of weight 1, a
// first index of weight 1, and weights spread over four orders of
// magnitude.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(528, 10000))
	const n = 10_000
	const picks = 10_000

	random := make([]int, n)
	heavyEnds := make([]int, n)
	allMax := make([]int, n)
	oneHeavy := make([]int, n)
	for i := range n {
		random[i] = r.IntN(100_000) + 1
		heavyEnds[i] = r.IntN(10) + 1
		allMax[i] = 100_000
		oneHeavy[i] = 1
	}
	heavyEnds[0], heavyEnds[n-1] = 100_000, 100_000
	oneHeavy[r.IntN(n)] = 100_000

	rising := make([]int, 20)
	for i := range rising {
		rising[i] = i + 1
	}
	spread := make([]int, 100)
	for i := range spread {
		spread[i] = 1 + 10*i*i
	}

	return []GenCase{
		{Name: "large-random-weights", Input: genPicks(random, picks)},
		{Name: "large-heavy-ends", Input: genPicks(heavyEnds, picks)},
		{Name: "large-all-max-weight", Input: genPicks(allMax, picks)},
		{Name: "large-one-heavy", Input: genPicks(oneHeavy, picks)},
		{Name: "many-picks-last-weight-one", Input: genPicks([]int{3, 1}, picks)},
		{Name: "many-picks-first-weight-one", Input: genPicks(rising, picks)},
		{Name: "many-picks-spread-weights", Input: genPicks(spread, picks)},
	}
}

// sized builds n random weights and n picks: the prefix sums cost O(n),
// each binary search O(log n); a scan per pick would cost O(n) each.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(528, uint64(n)))
	w := make([]int, n)
	for i := range w {
		w[i] = r.IntN(100_000) + 1
	}
	return genPicks(w, n)
}
