//go:build ignore

package main

import "math/rand/v2"

// genPairs returns k distinct values from [-30000, 30000], each twice, in a
// shuffled order, followed by lone (which none of them equals).
func genPairs(r *rand.Rand, k, lone, span int) []int {
	vals := r.Perm(2*span + 1)
	nums := make([]int, 0, 2*k+1)
	for _, v := range vals {
		if len(nums) == 2*k {
			break
		}
		if v-span != lone {
			nums = append(nums, v-span, v-span)
		}
	}
	r.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	return append(nums, lone)
}

// generate builds arrays of the maximum odd length, 29999, the lone value
// last, so that counting each value's occurrences reads the whole array for
// every element; one lone value is 0, the value a forgotten case returns.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(7, 11))
	const k = 14999
	return []GenCase{
		{Name: "large-lone-last", Input: map[string]any{"nums": genPairs(r, k, 29999, 30000)}},
		{Name: "large-lone-zero-last", Input: map[string]any{"nums": genPairs(r, k, 0, 30000)}},
		{Name: "large-lone-min-last", Input: map[string]any{"nums": genPairs(r, k, -30000, 30000)}},
	}
}

// sized builds n/2 shuffled pairs of distinct values and the lone value
// last. Past 6·10^4 elements the values leave [-3·10^4, 3·10^4]: the
// ladder only measures.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(7, uint64(n)))
	k := n / 2
	return map[string]any{"nums": genPairs(r, k, k+1, max(k, 30000))}
}
