//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length, 10^5: all distinct over the
// full value range, and a shuffled permutation whose only repeated value is
// the last pair. Comparing all pairs costs about n^2/2 = 5*10^9 steps on each.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(21, 8))
	const n = 100000
	distinct := make([]int, 0, n)
	genUsed := make(map[int]bool, n)
	for len(distinct) < n {
		v := r.IntN(2_000_000_001) - 1_000_000_000
		if !genUsed[v] {
			genUsed[v] = true
			distinct = append(distinct, v)
		}
	}
	lastPair := make([]int, n)
	for i, v := range r.Perm(n - 1) {
		lastPair[i] = v - n/2
	}
	lastPair[n-1] = lastPair[n-2]
	return []GenCase{
		{Name: "large-all-distinct", Input: map[string]any{"nums": distinct}},
		{Name: "large-duplicate-last-pair", Input: map[string]any{"nums": lastPair}},
	}
}

// sized returns n distinct values spread over the whole range in shuffled
// order: the set never finds a repeat, so it does all n insertions, and
// comparing all pairs does all n^2/2 comparisons.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 8))
	step := 2_000_000_000 / n
	nums := make([]int, n)
	for i := range nums {
		nums[i] = -1_000_000_000 + i*step + r.IntN(step)
	}
	r.Shuffle(n, func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	return map[string]any{"nums": nums}
}
