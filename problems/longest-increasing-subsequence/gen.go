//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length: strictly increasing (every
// take-or-skip choice stays open), random, strictly decreasing, values from a
// tiny range (many duplicates), and a sawtooth of short increasing runs.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(43, 47))
	const n = 2500
	increasing := make([]int, n)
	for i := range increasing {
		increasing[i] = -10000 + 8*i
	}
	random := make([]int, n)
	for i := range random {
		random[i] = r.IntN(20001) - 10000
	}
	decreasing := make([]int, n)
	for i := range decreasing {
		decreasing[i] = 10000 - 8*i
	}
	duplicates := make([]int, n)
	for i := range duplicates {
		duplicates[i] = r.IntN(40)
	}
	sawtooth := make([]int, n)
	for i := range sawtooth {
		sawtooth[i] = (i%50)*100 - i/50
	}
	return []GenCase{
		{Name: "large-increasing", Input: map[string]any{"nums": increasing}},
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-decreasing", Input: map[string]any{"nums": decreasing}},
		{Name: "large-many-duplicates", Input: map[string]any{"nums": duplicates}},
		{Name: "large-sawtooth", Input: map[string]any{"nums": sawtooth}},
	}
}

// sized is a non-decreasing ramp across the whole value range, strictly
// increasing while n <= 20001: every take-or-skip choice stays open, and
// the tails list grows as long as it can.
func sized(n int) map[string]any {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = -10000 + i*20001/n
	}
	return map[string]any{"nums": nums}
}
