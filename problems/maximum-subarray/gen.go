//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length, 10^5; summing from every
// start costs n^2/2 = 5*10^9 additions on each. They cover random values, an
// all-negative array whose best is a single -1 far from either end, the
// largest possible total (every value 10^4, sum 10^9), and a sign pattern
// where only the whole array wins.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(9, 99))
	const n = 100000
	random := make([]int, n)
	negative := make([]int, n)
	allMax := make([]int, n)
	alternating := make([]int, n)
	for i := range n {
		random[i] = r.IntN(20001) - 10000
		negative[i] = -1 - r.IntN(10000)
		allMax[i] = 10000
		if i%2 == 0 {
			alternating[i] = 10000
		} else {
			alternating[i] = -9999
		}
	}
	negative[n/3] = -1
	negative[2*n/3] = -1
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-all-negative", Input: map[string]any{"nums": negative}},
		{Name: "large-all-max", Input: map[string]any{"nums": allMax}},
		{Name: "large-alternating", Input: map[string]any{"nums": alternating}},
	}
}

// sized builds n random values over the whole range: the scan is linear
// whatever the values, and summing from every start costs n^2/2 additions on
// any input.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(9, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		nums[i] = r.IntN(20001) - 10000
	}
	return map[string]any{"nums": nums}
}
