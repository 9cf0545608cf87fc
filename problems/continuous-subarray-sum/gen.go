//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of 10^5. Three have no answer, the worst case for
// trying every stretch: all ones under a k above the total, and ones with
// isolated zeros (a single zero is too short). One qualifies only as the
// whole array (found through the empty prefix); the rest are random values,
// all zeros, and k = 1.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(523, 7))
	const n = 100000
	genMake := func(f func(i int) int) []int {
		a := make([]int, n)
		for i := range a {
			a[i] = f(i)
		}
		return a
	}
	const maxK = 1<<31 - 1
	whole := genMake(func(int) int { return 1 })
	whole[n-2], whole[n-1] = 999_900_000, 999_900_000
	return []GenCase{
		{Name: "large-all-ones-no-answer", Input: map[string]any{"nums": genMake(func(int) int { return 1 }), "k": maxK}},
		{Name: "large-isolated-zeros-no-answer", Input: map[string]any{"nums": genMake(func(i int) int { return i % 2 }), "k": n}},
		{Name: "large-random-no-answer", Input: map[string]any{"nums": genMake(func(int) int { return 1 + r.IntN(20000) }), "k": maxK}},
		{Name: "large-whole-array-only", Input: map[string]any{"nums": whole, "k": n - 2 + 2*999_900_000}},
		{Name: "large-random-small-k", Input: map[string]any{"nums": genMake(func(int) int { return r.IntN(20000) }), "k": 1 + r.IntN(1000)}},
		{Name: "large-all-zeros", Input: map[string]any{"nums": genMake(func(int) int { return 0 }), "k": maxK}},
		{Name: "large-k-one", Input: map[string]any{"nums": genMake(func(int) int { return r.IntN(20000) }), "k": 1}},
	}
}

// sized is n ones with k = 2^31 - 1: no stretch qualifies, so every prefix
// remainder is distinct and stored, and trying every stretch costs n^2/2.
func sized(n int) map[string]any {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = 1
	}
	return map[string]any{"nums": nums, "k": 1<<31 - 1}
}
