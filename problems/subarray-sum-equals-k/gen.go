//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length, 2*10^4. All zeros with k = 0
// makes every one of the n(n+1)/2 stretches count; an alternating 1, -1
// pattern repeats few prefix sums many times; values of 1000 reach the
// largest k, 10^7; and a random array mixes signs.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(4, 20))
	const n = 20000
	zeros := make([]int, n)
	alternating := make([]int, n)
	maxed := make([]int, n)
	minned := make([]int, n)
	random := make([]int, n)
	for i := range n {
		alternating[i] = 1 - 2*(i%2)
		maxed[i] = 1000
		minned[i] = -1000
		random[i] = r.IntN(2001) - 1000
	}
	return []GenCase{
		{Name: "large-all-zeros", Input: map[string]any{"nums": zeros, "k": 0}},
		{Name: "large-alternating-k-zero", Input: map[string]any{"nums": alternating, "k": 0}},
		{Name: "large-all-max-k-max", Input: map[string]any{"nums": maxed, "k": 10_000_000}},
		{Name: "large-all-min-k-min", Input: map[string]any{"nums": minned, "k": -10_000_000}},
		{Name: "large-random", Input: map[string]any{"nums": random, "k": 1000}},
	}
}

// sized builds n random values over the whole range: nearly every prefix sum
// is new, so the map grows to n entries, and a method that re-adds or
// re-scans stretches does all of its n^2 or n^3 work.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(4, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		nums[i] = r.IntN(2001) - 1000
	}
	return map[string]any{"nums": nums, "k": 1000}
}
