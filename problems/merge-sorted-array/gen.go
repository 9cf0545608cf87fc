//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds merges at the maximum total size, m + n = 200: an even
// random split, each side empty, and lopsided splits whose lone value must
// travel to the far end.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(5, 8))
	genSorted := func(k int) []int {
		s := make([]int, k)
		for i := range s {
			s[i] = r.IntN(2_000_000_001) - 1_000_000_000
		}
		slices.Sort(s)
		return s
	}
	genCase := func(name string, a, b []int) GenCase {
		nums1 := append(slices.Clone(a), make([]int, len(b))...)
		return GenCase{Name: name, Input: map[string]any{
			"nums1": nums1, "m": len(a), "nums2": b, "n": len(b),
		}}
	}
	lone1 := []int{1_000_000_000}
	lone2 := []int{-1_000_000_000}
	return []GenCase{
		genCase("large-even-split", genSorted(100), genSorted(100)),
		genCase("large-nums1-empty", nil, genSorted(200)),
		genCase("large-nums2-empty", genSorted(200), []int{}),
		genCase("large-lone-max-in-nums1", lone1, genSorted(199)),
		genCase("large-lone-min-in-nums2", genSorted(199), lone2),
	}
}

// sized builds a merge of m = n/2 and n - m random sorted values that
// interleave unpredictably: the back-to-front merge is linear, while
// inserting each value of nums2 by shifting nums1 costs about n^2/8 moves.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(5, uint64(n)))
	genValues := func(k int) []int {
		s := make([]int, k)
		for i := range s {
			s[i] = r.IntN(2_000_001) - 1_000_000
		}
		slices.Sort(s)
		return s
	}
	m := n / 2
	nums1 := append(genValues(m), make([]int, n-m)...)
	return map[string]any{"nums1": nums1, "m": m, "nums2": genValues(n - m), "n": n - m}
}
