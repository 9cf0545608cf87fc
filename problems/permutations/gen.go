//go:build ignore

package main

import "math/rand/v2"

// genDistinctValues returns n distinct values from [-10, 10], shuffled.
func genDistinctValues(r *rand.Rand, n int) []int {
	all := make([]int, 21)
	for i := range all {
		all[i] = i - 10
	}
	r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	return all[:n]
}

// generate builds inputs of the maximum length, 6 (720 orderings): random
// values, the extremes of the range, and a descending run.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(17, 19))
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": genDistinctValues(r, 6)}},
		{Name: "large-extremes", Input: map[string]any{"nums": []int{-10, 10, -9, 9, -8, 8}}},
		{Name: "large-descending", Input: map[string]any{"nums": []int{5, 4, 3, 2, 1, 0}}},
		{Name: "large-random-five", Input: map[string]any{"nums": genDistinctValues(r, 5)}},
	}
}

// sized returns n/2 + 1 distinct values, at most 9: the answer has
// (n/2 + 1)! orderings, so time explodes along the ladder, while 10 values
// (36 million numbers of output) would exhaust memory.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(17, uint64(n)))
	return map[string]any{"nums": genDistinctValues(r, min(n/2+1, 9))}
}
