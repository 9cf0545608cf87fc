//go:build ignore

package main

import "math/rand/v2"

// generate builds inputs at the maximum size whose only pair sits at the very
// end, so a pairwise scan does all n^2/2 comparisons.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 10000
	genDistinct := func() []int {
		nums := make([]int, n)
		for i := range nums {
			// Even values only: no two of them sum to the odd target.
			nums[i] = 2 * (r.IntN(1_000_000_000) - 500_000_000)
		}
		return nums
	}
	end := genDistinct()
	end[n-2], end[n-1] = 999_999_999, -2
	spread := genDistinct()
	spread[0], spread[n-1] = -999_999_999, 2
	return []GenCase{
		{Name: "large-pair-at-end", Input: map[string]any{"nums": end, "target": 999_999_997}},
		{Name: "large-pair-at-both-ends", Input: map[string]any{"nums": spread, "target": -999_999_997}},
	}
}

// sized builds n values whose only pair sits at the very end: even values
// (no two of them reach the odd target) followed by the odd one and its
// partner, so a pairwise scan does all n^2/2 comparisons and the map holds
// n-1 values.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(1, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		for nums[i] = -2; nums[i] == -2; {
			nums[i] = 2 * (r.IntN(1_000_000_000) - 500_000_000)
		}
	}
	nums[n-2], nums[n-1] = 999_999_999, -2
	return map[string]any{"nums": nums, "target": 999_999_997}
}
