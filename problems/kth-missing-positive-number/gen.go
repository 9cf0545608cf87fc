//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// genSubset is m distinct values from 1..1000, sorted.
func genSubset(r *rand.Rand, m int) []int {
	return slices.Sorted(slices.Values(r.Perm(1000)[:m]))
}

// generate builds arrays at the limits: 1 to 1000 with nothing missing (the
// answer is far past the end), the even numbers, 1000 alone, random subsets,
// and answers just before the first element.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1539, 1000))
	all := make([]int, 1000)
	evens := make([]int, 500)
	for i := range all {
		all[i] = i + 1
	}
	for i := range evens {
		evens[i] = 2 * (i + 1)
	}
	plusOne := func(a []int) []int {
		out := make([]int, len(a))
		for i, v := range a {
			out[i] = v + 1
		}
		return out
	}
	sub1, sub2 := genSubset(r, 700), genSubset(r, 300)
	return []GenCase{
		{Name: "large-no-gaps-largest-k", Input: map[string]any{"arr": all, "k": 1000}},
		{Name: "large-no-gaps-smallest-k", Input: map[string]any{"arr": all, "k": 1}},
		{Name: "large-evens-largest-k", Input: map[string]any{"arr": evens, "k": 1000}},
		{Name: "large-evens-inside", Input: map[string]any{"arr": evens, "k": 250}},
		{Name: "large-random-subset-1", Input: map[string]any{"arr": sub1, "k": 1 + r.IntN(1000)}},
		{Name: "large-random-subset-2", Input: map[string]any{"arr": sub2, "k": 1 + r.IntN(1000)}},
		{Name: "large-before-first", Input: map[string]any{"arr": plusOne(all[:999]), "k": 1}},
		{Name: "large-max-value-only", Input: map[string]any{"arr": []int{1000}, "k": 1000}},
	}
}

// sized is the even numbers 2 to 2n with k = n - 1: the answer, 2n - 3, sits
// near the end, so a walk through the array reads almost all of it.
func sized(n int) map[string]any {
	arr := make([]int, n)
	for i := range arr {
		arr[i] = 2 * (i + 1)
	}
	return map[string]any{"arr": arr, "k": n - 1}
}
