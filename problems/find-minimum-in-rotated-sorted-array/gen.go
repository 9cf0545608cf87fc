//go:build ignore

package main

import "math/rand/v2"

// genRotated picks n distinct sorted values from [lo, lo+span) and rotates
// them right by k.
func genRotated(r *rand.Rand, n, lo, span, k int) []int {
	pick := r.Perm(span)[:n]
	sorted := make([]bool, span)
	for _, p := range pick {
		sorted[p] = true
	}
	vals := make([]int, 0, n)
	for i, ok := range sorted {
		if ok {
			vals = append(vals, lo+i)
		}
	}
	out := make([]int, n)
	for i, v := range vals {
		out[(i+k)%n] = v
	}
	return out
}

// generate builds arrays of the maximum length over the whole value range:
// not rotated at all (n rotations), rotated once (minimum second), rotated
// n-1 times (minimum last), rotated by half, and at a random point.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(19, 23))
	const n, lo, span = 5000, -5000, 10001
	return []GenCase{
		{Name: "large-not-rotated", Input: map[string]any{"nums": genRotated(r, n, lo, span, 0)}},
		{Name: "large-rotated-once", Input: map[string]any{"nums": genRotated(r, n, lo, span, 1)}},
		{Name: "large-minimum-last", Input: map[string]any{"nums": genRotated(r, n, lo, span, n-1)}},
		{Name: "large-rotated-half", Input: map[string]any{"nums": genRotated(r, n, lo, span, n/2)}},
		{Name: "large-rotated-random", Input: map[string]any{"nums": genRotated(r, n, lo, span, 1+r.IntN(n-1))}},
	}
}

// sized builds n consecutive values rotated by about a third, so a scan
// meets the minimum only after a third of the array.
func sized(n int) map[string]any {
	nums := make([]int, n)
	k := n / 3
	for i := range nums {
		nums[(i+k)%n] = i - n/2
	}
	return map[string]any{"nums": nums}
}
