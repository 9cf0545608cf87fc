//go:build ignore

package main

import "math/rand/v2"

// generate builds rows of the maximum length, 300 balloons: random values,
// all 100 (the largest possible total), zeros scattered among large values,
// and a zigzag of small and large values that punishes greedy orders. Any
// approach that tries orders or subsets of balloons cannot finish.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(312, 300))
	const n = 300
	random := make([]int, n)
	full := make([]int, n)
	zeros := make([]int, n)
	zigzag := make([]int, n)
	for i := range random {
		random[i] = r.IntN(101)
		full[i] = 100
		if r.IntN(4) == 0 {
			zeros[i] = 0
		} else {
			zeros[i] = 50 + r.IntN(51)
		}
		if i%2 == 0 {
			zigzag[i] = 1 + r.IntN(5)
		} else {
			zigzag[i] = 95 + r.IntN(6)
		}
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-all-max", Input: map[string]any{"nums": full}},
		{Name: "large-zeros-scattered", Input: map[string]any{"nums": zeros}},
		{Name: "large-zigzag", Input: map[string]any{"nums": zigzag}},
	}
}

// sized builds a row of n random balloons. The interval DP costs O(n^3)
// whatever the values; trying every popping order is factorial, so the
// ladder starts at 8 balloons.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(312, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		nums[i] = r.IntN(101)
	}
	return map[string]any{"nums": nums}
}
