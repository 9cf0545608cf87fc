//go:build ignore

package main

import "math/rand/v2"

// generate builds inputs of the maximum length, 10: all distinct values
// (1024 subsets), all equal values (11 subsets), a few values repeated in a
// shuffled order, and random values from a narrow range.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(23, 29))
	distinct := []int{9, -9, 3, -3, 0, 10, -10, 5, -5, 1}
	same := []int{-10, -10, -10, -10, -10, -10, -10, -10, -10, -10}
	pairs := []int{4, -2, 7, 4, -2, 7, 4, 0, 0, 7}
	narrow := make([]int, 10)
	for i := range narrow {
		narrow[i] = r.IntN(4) - 2
	}
	return []GenCase{
		{Name: "large-distinct", Input: map[string]any{"nums": distinct}},
		{Name: "large-all-equal", Input: map[string]any{"nums": same}},
		{Name: "large-repeated-shuffled", Input: map[string]any{"nums": pairs}},
		{Name: "large-narrow-random", Input: map[string]any{"nums": narrow}},
	}
}

// sized is n distinct values (capped at the 21 the range holds): every
// choice of positions gives a different subset, 2^n of them, the worst case
// for any correct solution.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(23, uint64(n)))
	all := make([]int, 21)
	for i := range all {
		all[i] = i - 10
	}
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	return map[string]any{"nums": all[:min(n, 21)]}
}
