//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// genTail returns n sorted values at most 998 with 999 and 1000 appended:
// 999 + 1000 is the only pair that reaches 1999, and it sits at the end.
func genTail(r *rand.Rand, n int) []int {
	nums := make([]int, n)
	for i := range n - 2 {
		nums[i] = r.IntN(1999) - 1000
	}
	nums[n-2], nums[n-1] = 999, 1000
	slices.Sort(nums[:n-2])
	return nums
}

// generate builds arrays of the maximum length: the pair at the very end
// (a pairwise scan does all n^2/2 checks), at the very start (the right
// index walks the whole array), and in the middle.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(11, 13))
	const n = 30000
	end := genTail(r, n)

	// The negatives of end, reversed: -1000 and -999 lead, and the only pair
	// reaching -1999 is at positions 1 and 2.
	start := make([]int, n)
	for i, v := range end {
		start[n-1-i] = -v
	}

	// Even negatives and odd positives never sum to 0; -500 and 500, once
	// each, are the only pair.
	middle := make([]int, 0, n)
	for len(middle) < n-2 {
		if r.IntN(2) == 0 {
			v := -2 * (1 + r.IntN(500))
			if v != -500 {
				middle = append(middle, v)
			}
		} else {
			middle = append(middle, 2*r.IntN(500)+1)
		}
	}
	middle = append(middle, -500, 500)
	slices.Sort(middle)

	return []GenCase{
		{Name: "large-pair-at-end", Input: map[string]any{"numbers": end, "target": 1999}},
		{Name: "large-pair-at-start", Input: map[string]any{"numbers": start, "target": -1999}},
		{Name: "large-pair-in-middle", Input: map[string]any{"numbers": middle, "target": 0}},
	}
}

// sized builds n sorted values whose only pair is the last two: the left
// index walks the whole array, and a pairwise scan does n^2/2 checks.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(11, uint64(n)))
	return map[string]any{"numbers": genTail(r, n), "target": 1999}
}
