//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length, 300: random colours,
// reverse order, 2s and 0s alternating (every step swaps), and all 2s ahead
// of all 0s.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(6, 1))
	const n = 300
	random := make([]int, n)
	reversed := make([]int, n)
	alternating := make([]int, n)
	twosThenZeros := make([]int, n)
	for i := range n {
		random[i] = r.IntN(3)
		reversed[i] = 2 - 3*i/n
		alternating[i] = 2 * (1 - i%2)
		if i < n/2 {
			twosThenZeros[i] = 2
		}
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-reverse-sorted", Input: map[string]any{"nums": reversed}},
		{Name: "large-alternating-two-zero", Input: map[string]any{"nums": alternating}},
		{Name: "large-twos-then-zeros", Input: map[string]any{"nums": twosThenZeros}},
	}
}

// sized builds n random colours: every branch of the partition is taken in
// an unpredictable order, and a comparison sort has no runs to exploit.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(6, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		nums[i] = r.IntN(3)
	}
	return map[string]any{"nums": nums}
}
