//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds 10,000 distinct sorted values drawn from (-10^4, 10^4) and
// searches for the first, the last, a middle value, and values missing below,
// above and inside the range.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(99, 1))
	pool := r.Perm(19_999)
	nums := pool[:10_000]
	for i := range nums {
		nums[i] -= 9_999
	}
	slices.Sort(nums)
	gap := 0
	for i := 5_000; ; i++ {
		if nums[i+1]-nums[i] > 1 {
			gap = nums[i] + 1
			break
		}
	}
	genCase := func(name string, target int) GenCase {
		return GenCase{Name: name, Input: map[string]any{"nums": nums, "target": target}}
	}
	full := make([]int, 10_000)
	for i := range full {
		full[i] = i - 9_999
	}
	return []GenCase{
		genCase("large-first", nums[0]),
		genCase("large-last", nums[len(nums)-1]),
		genCase("large-middle", nums[6_173]),
		genCase("large-missing-inside", gap),
		{Name: "large-missing-below", Input: map[string]any{"nums": full[1:], "target": -9_999}},
		{Name: "large-missing-above", Input: map[string]any{"nums": full, "target": 1}},
	}
}

// sized is the even numbers 0, 2, ... 2(n-1) and the odd target 2n-3, just
// below the last value and missing: a search must run to its end, a linear
// scan reads the whole array, and a search that shrinks with hi = mid
// stalls. Values pass 10^4 from n = 5000 on: the ladder only measures.
func sized(n int) map[string]any {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = 2 * i
	}
	return map[string]any{"nums": nums, "target": 2*n - 3}
}
