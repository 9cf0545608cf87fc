//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length that make a quickselect with a
// fixed (last) pivot degrade to O(n^2): all values equal, ascending and
// descending runs, each with k chosen so the search must go all the way; plus
// a random array.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(215, 9))
	const n = 100000
	flat := make([]int, n)
	for i := range flat {
		flat[i] = 7
	}
	// Non-decreasing across the whole value range (each value repeats ~5 times).
	rising := make([]int, n)
	for i := range rising {
		rising[i] = -10000 + i*20001/n
	}
	falling := make([]int, n)
	for i := range falling {
		falling[i] = 10000 - i*20001/n
	}
	random := make([]int, n)
	for i := range random {
		random[i] = r.IntN(20001) - 10000
	}
	return []GenCase{
		{Name: "large-all-equal", Input: map[string]any{"nums": flat, "k": 1}},
		{Name: "large-ascending-smallest", Input: map[string]any{"nums": rising, "k": n}},
		{Name: "large-descending-largest", Input: map[string]any{"nums": falling, "k": 1}},
		{Name: "large-random", Input: map[string]any{"nums": random, "k": 1 + r.IntN(n)}},
	}
}

// sized is n values, three quarters of them 0 (the largest) and the rest
// random negatives, shuffled with a 0 last, and k = 1: a fixed last-element
// pivot with a two-way partition peels one 0 per round, O(n^2), while a
// random pivot with a three-way split settles the run of 0s at once.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(215, uint64(n)))
	nums := make([]int, n)
	for i := range n / 4 {
		nums[i] = -1 - r.IntN(10000)
	}
	r.Shuffle(n, func(a, b int) { nums[a], nums[b] = nums[b], nums[a] })
	if nums[n-1] != 0 {
		for i := range nums {
			if nums[i] == 0 {
				nums[i], nums[n-1] = nums[n-1], nums[i]
				break
			}
		}
	}
	return map[string]any{"nums": nums, "k": 1}
}
