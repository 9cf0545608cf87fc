//go:build ignore

package main

import "math/rand/v2"

// genRandom returns n random values over the whole allowed range.
func genRandom(r *rand.Rand, n int) []int {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = r.IntN(20001) - 10000
	}
	return nums
}

// generate builds arrays of the maximum length: random values with a window
// of half the array (rescanning costs n·k), a non-increasing array (the
// maximum leaves at every step), a non-decreasing one (the deque holds one
// index), a window of one, and a window covering everything.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(61, 67))
	const n = 100000
	down := make([]int, n)
	up := make([]int, n)
	for i := range n {
		down[i] = 10000 - i/5
		up[i] = -10000 + i/5
	}
	return []GenCase{
		{Name: "large-random-half-window", Input: map[string]any{"nums": genRandom(r, n), "k": n / 2}},
		{Name: "large-decreasing-half-window", Input: map[string]any{"nums": down, "k": n / 2}},
		{Name: "large-increasing", Input: map[string]any{"nums": up, "k": 1000}},
		{Name: "large-window-of-one", Input: map[string]any{"nums": genRandom(r, n), "k": 1}},
		{Name: "large-window-is-array", Input: map[string]any{"nums": genRandom(r, n), "k": n}},
	}
}

// sized builds n random values with k = n/2: the deque handles each index a
// constant number of times, and rescanning each window costs n^2/4.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(61, uint64(n)))
	return map[string]any{"nums": genRandom(r, n), "k": n / 2}
}
