//go:build ignore

package main

import (
	"math/rand/v2"
	"sort"
)

// genSorted returns n sorted values drawn from [lo, hi].
func genSorted(r *rand.Rand, n, lo, hi int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = lo + r.IntN(hi-lo+1)
	}
	sort.Ints(s)
	return s
}

// generate builds arrays at the maximum sizes: two random halves over the
// whole value range, all of nums1 below all of nums2 and the other way
// round, one empty array, a single element against a thousand, and many
// equal values.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(29, 31))
	const n, v = 1000, 1_000_000
	low := genSorted(r, n, -v, -1)
	high := genSorted(r, n, 0, v)
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums1": genSorted(r, n, -v, v), "nums2": genSorted(r, n, -v, v)}},
		{Name: "large-first-all-lower", Input: map[string]any{"nums1": low, "nums2": high}},
		{Name: "large-first-all-higher", Input: map[string]any{"nums1": high, "nums2": low}},
		{Name: "large-first-empty", Input: map[string]any{"nums1": []int{}, "nums2": genSorted(r, n, -v, v)}},
		{Name: "large-second-empty-odd", Input: map[string]any{"nums1": genSorted(r, n-1, -v, v), "nums2": []int{}}},
		{Name: "large-one-against-many", Input: map[string]any{"nums1": []int{v}, "nums2": genSorted(r, n, -v, v)}},
		{Name: "large-many-duplicates", Input: map[string]any{"nums1": genSorted(r, n, -2, 2), "nums2": genSorted(r, n-1, -2, 2)}},
	}
}

// sized splits 0..n-1 into its evens (nums1) and odds (nums2): the median
// straddles both arrays, and merging would touch n/2 elements.
func sized(n int) map[string]any {
	a := make([]int, 0, n/2)
	b := make([]int, 0, n/2)
	for i := range n {
		if i%2 == 0 {
			a = append(a, i)
		} else {
			b = append(b, i)
		}
	}
	return map[string]any{"nums1": a, "nums2": b}
}
