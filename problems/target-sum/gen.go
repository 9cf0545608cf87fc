//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length, 20, with the sum at its
// limit of 1000: random values and a reachable target, twenty zeros (every
// one of the 2^20 sign choices hits 0), zeros mixed with values, twenty
// equal values, a target of -1000 reached by one choice only, and a target
// whose parity rules out every choice.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(494, 1))
	const n = 20
	genSpread := func(zeros int) []int {
		// n values summing to exactly 1000, the first `zeros` of them 0.
		nums := make([]int, n)
		left := 1000
		for i := zeros; i < n-1; i++ {
			nums[i] = r.IntN(2*left/(n-i) + 1)
			left -= nums[i]
		}
		nums[n-1] = left
		r.Shuffle(n, func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
		return nums
	}
	equal := make([]int, n)
	for i := range equal {
		equal[i] = 50
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": genSpread(0), "target": 212}},
		{Name: "large-twenty-zeros", Input: map[string]any{"nums": make([]int, n), "target": 0}},
		{Name: "large-zeros-and-values", Input: map[string]any{"nums": genSpread(8), "target": -100}},
		{Name: "large-equal-values", Input: map[string]any{"nums": equal, "target": 0}},
		{Name: "large-all-minus", Input: map[string]any{"nums": genSpread(0), "target": -1000}},
		{Name: "large-parity-mismatch", Input: map[string]any{"nums": genSpread(0), "target": 999}},
		{Name: "large-small-values", Input: map[string]any{"nums": []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, "target": 10}},
	}
}

// sized builds n even values from 2 to 6 and a target that makes
// (sum + target) / 2 odd: no subset of even values reaches it, so the answer
// is 0 after the table has run over all of its about 2n sums for each of the
// n values.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(494, uint64(n)))
	nums := make([]int, n)
	sum := 0
	for i := range nums {
		nums[i] = 2 * (1 + r.IntN(3))
		sum += nums[i]
	}
	target := 0
	if (sum/2)%2 == 0 {
		target = 2
	}
	return map[string]any{"nums": nums, "target": target}
}
