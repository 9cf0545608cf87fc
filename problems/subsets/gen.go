//go:build ignore

package main

import "math/rand/v2"

// genDistinct returns n distinct values from [-10, 10] in a shuffled order
// (n <= 21).
func genDistinct(r *rand.Rand, n int) []int {
	all := make([]int, 21)
	for i := range all {
		all[i] = i - 10
	}
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	return all[:n]
}

// generate builds inputs of the maximum length, 10: random distinct values,
// the ten most negative ones, and a mix around zero.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(11, 13))
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": genDistinct(r, 10)}},
		{Name: "large-most-negative", Input: map[string]any{"nums": []int{-10, -9, -8, -7, -6, -5, -4, -3, -2, -1}}},
		{Name: "large-around-zero", Input: map[string]any{"nums": []int{5, -5, 4, -4, 3, -3, 0, 10, -10, 1}}},
		{Name: "large-random-nine", Input: map[string]any{"nums": genDistinct(r, 9)}},
	}
}

// sized returns n distinct values (capped at the 21 the value range holds):
// the answer has 2^n subsets whatever the values, so every correct solution
// grows exponentially.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(11, uint64(n)))
	return map[string]any{"nums": genDistinct(r, min(n, 21))}
}
