//go:build ignore

package main

import "math/rand/v2"

// genRun returns the n values lo, lo+1, ..., lo+n-1 in a random order.
func genRun(r *rand.Rand, lo, n int) []int {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = lo + i
	}
	r.Shuffle(n, func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	return nums
}

// generate builds lists of the maximum length: one shuffled run of 10^5
// values (walking up from every value is quadratic there), the same run
// ending at the largest value, random values over the whole range, and two
// long runs with every value repeated.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(11, 13))
	const n = 100000
	random := make([]int, n)
	for i := range random {
		random[i] = r.IntN(2_000_000_001) - 1_000_000_000
	}
	dup := append(genRun(r, -500, n/4), genRun(r, 100_000, n/4)...)
	dup = append(dup, dup...)
	r.Shuffle(len(dup), func(i, j int) { dup[i], dup[j] = dup[j], dup[i] })
	return []GenCase{
		{Name: "large-one-run", Input: map[string]any{"nums": genRun(r, -50_000, n)}},
		{Name: "large-run-at-top", Input: map[string]any{"nums": genRun(r, 1_000_000_000-n+1, n)}},
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-two-runs-doubled", Input: map[string]any{"nums": dup}},
	}
}

// sized builds one run of n consecutive values, shuffled: walking up from
// every value instead of from run starts does n^2/2 lookups.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(11, uint64(n)))
	return map[string]any{"nums": genRun(r, -n/2, n)}
}
