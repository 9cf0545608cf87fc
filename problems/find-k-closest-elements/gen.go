//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// genSorted is n sorted random values in [lo, hi].
func genSorted(r *rand.Rand, n, lo, hi int) []int {
	a := make([]int, n)
	for i := range a {
		a[i] = lo + r.IntN(hi-lo+1)
	}
	slices.Sort(a)
	return a
}

// generate builds arrays of 10^4: distinct evens with x between two of them
// (ties everywhere), heavy duplicates, all values equal, x outside the range
// on either side, and random arrays with random k and x.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(658, 10000))
	const n = 10000
	evens := make([]int, n)
	for i := range evens {
		evens[i] = -10000 + 2*i
	}
	same := make([]int, n)
	for i := range same {
		same[i] = 7
	}
	dups := genSorted(r, n, -20, 20)
	return []GenCase{
		{Name: "large-evens-ties", Input: map[string]any{"arr": evens, "k": 4999, "x": 1}},
		{Name: "large-evens-k-one", Input: map[string]any{"arr": evens, "k": 1, "x": 9999}},
		{Name: "large-duplicates", Input: map[string]any{"arr": dups, "k": 3000, "x": 5}},
		{Name: "large-all-equal", Input: map[string]any{"arr": same, "k": 5000, "x": -10000}},
		{Name: "large-x-below", Input: map[string]any{"arr": genSorted(r, n, -5000, 10000), "k": 1, "x": -10000}},
		{Name: "large-x-above-take-all", Input: map[string]any{"arr": genSorted(r, n, -10000, 5000), "k": n, "x": 10000}},
		{Name: "large-x-above", Input: map[string]any{"arr": genSorted(r, n, -10000, 5000), "k": 1234, "x": 10000}},
		{Name: "large-random-1", Input: map[string]any{"arr": genSorted(r, n, -10000, 10000), "k": 1 + r.IntN(n), "x": r.IntN(20001) - 10000}},
		{Name: "large-random-2", Input: map[string]any{"arr": genSorted(r, n, -10000, 10000), "k": 1 + r.IntN(100), "x": r.IntN(20001) - 10000}},
	}
}

// sized is the even numbers 0 to 2n-2 with k = 1 and x = 2n-3, just below
// the last element: a search takes log n steps, while shrinking a window
// from both ends, or sorting by distance, handles all n elements.
func sized(n int) map[string]any {
	arr := make([]int, n)
	for i := range arr {
		arr[i] = 2 * i
	}
	return map[string]any{"arr": arr, "k": 1, "x": 2*n - 3}
}
