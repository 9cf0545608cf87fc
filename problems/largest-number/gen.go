//go:build ignore

package main

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// generate builds lists of the maximum length: random values, values made of
// repeated digit patterns (so many strings are prefixes of others), zeros
// with a single non-zero value, and all zeros.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(19, 23))
	const n = 100

	random := make([]int, n)
	for i := range random {
		random[i] = r.IntN(1_000_000_001)
	}

	patterns := []string{"3", "34", "343", "9", "98", "989", "1", "10", "101", "8247"}
	prefixes := make([]int, n)
	for i := range prefixes {
		p := patterns[r.IntN(len(patterns))]
		s := strings.Repeat(p, 9)[:1+r.IntN(9)]
		v, _ := strconv.Atoi(s)
		prefixes[i] = v
	}

	zerosOne := make([]int, n)
	zerosOne[r.IntN(n)] = 1

	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-shared-prefixes", Input: map[string]any{"nums": prefixes}},
		{Name: "large-zeros-and-one", Input: map[string]any{"nums": zerosOne}},
		{Name: "large-all-zeros", Input: map[string]any{"nums": make([]int, n)}},
	}
}

// sized is n values built from repeated digit patterns, so many strings are
// prefixes of others and every comparison reads to the end of both.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(19, uint64(n)))
	patterns := []string{"3", "34", "343", "9", "98", "989", "1", "10", "101", "8247"}
	nums := make([]int, n)
	for i := range nums {
		p := patterns[r.IntN(len(patterns))]
		v, _ := strconv.Atoi(strings.Repeat(p, 9)[:1+r.IntN(9)])
		nums[i] = v
	}
	return map[string]any{"nums": nums}
}
