//go:build ignore

package main

import "math/rand/v2"

// genOdd returns n odd values in [-99999, 99999]: three odd numbers never sum
// to zero, so there is no triplet, and every two-pointer walk runs its full
// length.
func genOdd(r *rand.Rand, n int) []int {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = 2*r.IntN(100000) - 99999
	}
	return nums
}

// generate builds arrays of the maximum length: random values over the full
// range, a narrow range full of duplicates (many triplets, each findable in
// many ways), all zeros, and odd values with no triplet at all.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(3, 5))
	const n = 3000
	random := make([]int, n)
	for i := range random {
		random[i] = r.IntN(200001) - 100000
	}
	dups := make([]int, n)
	for i := range dups {
		dups[i] = r.IntN(61) - 30
	}
	zeros := make([]int, n)
	odd := genOdd(r, n)
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-many-duplicates", Input: map[string]any{"nums": dups}},
		{Name: "large-all-zeros", Input: map[string]any{"nums": zeros}},
		{Name: "large-odd-no-triplet", Input: map[string]any{"nums": odd}},
	}
}

// sized builds n odd values: no triplet exists, the reference walks all
// O(n^2) pointer steps, and a triple loop tries all n^3/6 triples.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(3, uint64(n)))
	return map[string]any{"nums": genOdd(r, n)}
}
