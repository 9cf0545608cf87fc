//go:build ignore

package main

import "math/rand/v2"

// generate builds inputs of the maximum length, 10^4, over the full 32-bit
// range: zeros scattered at random, all zeros packed at the front (the worst
// case for shifting the rest of the array on every zero), and every other
// element zero.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(3, 14))
	const n = 10000
	genValue := func() int {
		for {
			if v := r.IntN(1<<32) - 1<<31; v != 0 {
				return v
			}
		}
	}
	scattered := make([]int, n)
	front := make([]int, n)
	alternate := make([]int, n)
	for i := range n {
		if r.IntN(10) >= 3 {
			scattered[i] = genValue()
		}
		if i >= n/2 {
			front[i] = genValue()
		}
		if i%2 == 1 {
			alternate[i] = genValue()
		}
	}
	return []GenCase{
		{Name: "large-scattered-zeros", Input: map[string]any{"nums": scattered}},
		{Name: "large-zeros-in-front", Input: map[string]any{"nums": front}},
		{Name: "large-alternating", Input: map[string]any{"nums": alternate}},
	}
}

// sized is n values from [-99, 99], each zero with probability 1/2: about
// n/2 zeros spread through the array, so shifting the rest left on every
// zero costs O(n^2), and the reference's branch on each value is
// unpredictable.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(3, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		if r.IntN(2) == 0 {
			nums[i] = 1 + r.IntN(99)
			if r.IntN(2) == 0 {
				nums[i] = -nums[i]
			}
		}
	}
	return map[string]any{"nums": nums}
}
