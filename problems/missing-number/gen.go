//go:build ignore

package main

import "math/rand/v2"

// genWithout returns a shuffle of 0..n without missing.
func genWithout(r *rand.Rand, n, missing int) []int {
	nums := make([]int, 0, n)
	for v := 0; v <= n; v++ {
		if v != missing {
			nums = append(nums, v)
		}
	}
	r.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	return nums
}

// generate builds arrays of the maximum length, 10^4, missing the largest
// value, 0, or one in the middle, shuffled or in descending order.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(13, 17))
	const n = 10000
	desc := make([]int, n)
	for i := range desc {
		desc[i] = n - 1 - i
	}
	return []GenCase{
		{Name: "large-missing-n", Input: map[string]any{"nums": genWithout(r, n, n)}},
		{Name: "large-missing-zero", Input: map[string]any{"nums": genWithout(r, n, 0)}},
		{Name: "large-missing-middle", Input: map[string]any{"nums": genWithout(r, n, 6173)}},
		{Name: "large-descending-missing-n", Input: map[string]any{"nums": desc}},
	}
}

// sized is a shuffle of 0..n with one value near the top left out.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(13, uint64(n)))
	return map[string]any{"nums": genWithout(r, n, n-n/7)}
}
