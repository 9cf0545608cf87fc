//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of 10^5: all ones with k = 0 (every window runs to
// the end, the worst case for extending from each start), all zeros with no
// flips and with every flip, random bits, sparse zeros with a large k, and
// alternating bits.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1004, 3))
	const n = 100000
	genMake := func(f func(i int) int) []int {
		a := make([]int, n)
		for i := range a {
			a[i] = f(i)
		}
		return a
	}
	ones := genMake(func(int) int { return 1 })
	zeros := genMake(func(int) int { return 0 })
	return []GenCase{
		{Name: "large-all-ones-no-flips", Input: map[string]any{"nums": ones, "k": 0}},
		{Name: "large-all-zeros-no-flips", Input: map[string]any{"nums": zeros, "k": 0}},
		{Name: "large-all-zeros-all-flips", Input: map[string]any{"nums": zeros, "k": n}},
		{Name: "large-random-bits", Input: map[string]any{"nums": genMake(func(int) int { return r.IntN(2) }), "k": 5000}},
		{Name: "large-sparse-zeros", Input: map[string]any{"nums": genMake(func(int) int { return min(1, r.IntN(100)) }), "k": 300}},
		{Name: "large-alternating", Input: map[string]any{"nums": genMake(func(i int) int { return i % 2 }), "k": n / 4}},
		{Name: "large-one-zero-in-middle", Input: map[string]any{"nums": genMake(func(i int) int { return min(1, i^(n/2)) }), "k": 0}},
	}
}

// sized is n elements with a zero after every 64 ones and k = n/256, so the
// best window covers about a quarter of the array: extending from each start
// costs about n^2/4 steps.
func sized(n int) map[string]any {
	nums := make([]int, n)
	for i := range nums {
		if i%65 != 64 {
			nums[i] = 1
		}
	}
	return map[string]any{"nums": nums, "k": n / 256}
}
