//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds pairs of lists at the maximum length of 50: disjoint
// ranges in both orders, random values full of repeats, identical lists, and
// one list empty.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(21, 5))
	const n = 50
	genSorted := func(lo, hi int) []int {
		l := make([]int, n)
		for i := range l {
			l[i] = lo + r.IntN(hi-lo+1)
		}
		slices.Sort(l)
		return l
	}
	low, high := genSorted(-100, -1), genSorted(0, 100)
	same := genSorted(-100, 100)
	return []GenCase{
		{Name: "large-first-all-smaller", Input: map[string]any{"list1": low, "list2": high}},
		{Name: "large-second-all-smaller", Input: map[string]any{"list1": genSorted(0, 100), "list2": genSorted(-100, -1)}},
		{Name: "large-random-repeats", Input: map[string]any{"list1": genSorted(-5, 5), "list2": genSorted(-5, 5)}},
		{Name: "large-identical", Input: map[string]any{"list1": same, "list2": slices.Clone(same)}},
		{Name: "large-second-empty", Input: map[string]any{"list1": genSorted(-100, 100), "list2": []int{}}},
	}
}

// sized builds two lists of n/2 random sorted values each, interleaving
// throughout: the merge is linear, while inserting each node of one list
// into the other by walking from its head costs about n^2/8 steps.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(21, uint64(n)))
	genValues := func(k int) []int {
		l := make([]int, k)
		for i := range l {
			l[i] = r.IntN(201) - 100
		}
		slices.Sort(l)
		return l
	}
	return map[string]any{"list1": genValues(n / 2), "list2": genValues(n - n/2)}
}
