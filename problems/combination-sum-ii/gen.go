//go:build ignore

package main

import "math/rand/v2"

// generate builds inputs of the maximum length, 100: all ones with target
// 30 (one answer, reached in C(100, 30) ways by a search that does not skip
// duplicates), small values with many repeats, random values over the whole
// range, and values that all exceed the target.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(5, 7))
	const n = 100
	ones := make([]int, n)
	small := make([]int, n)
	random := make([]int, n)
	big := make([]int, n)
	for i := 0; i < n; i++ {
		ones[i] = 1
		small[i] = 1 + r.IntN(6)
		random[i] = 1 + r.IntN(50)
		big[i] = 31 + r.IntN(20)
	}
	return []GenCase{
		{Name: "large-all-ones", Input: map[string]any{"candidates": ones, "target": 30}},
		{Name: "large-small-repeats", Input: map[string]any{"candidates": small, "target": 12}},
		{Name: "large-random", Input: map[string]any{"candidates": random, "target": 30}},
		{Name: "large-all-too-big", Input: map[string]any{"candidates": big, "target": 30}},
	}
}

// sized is n ones and target 30: the reference walks one path of depth 30,
// each call scanning past the equal values it skips, so its time is linear
// in n; a search that removes duplicates only at the end enumerates every
// subset of up to 30 ones, exponential in n.
func sized(n int) map[string]any {
	ones := make([]int, n)
	for i := range ones {
		ones[i] = 1
	}
	return map[string]any{"candidates": ones, "target": 30}
}
