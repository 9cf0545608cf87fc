//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// generate builds 10^4 disjoint sorted ranges spread over [0, 10^5] and
// inserts a new range before them all, after them all, across the middle
// half, across everything, and into a gap.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(3, 5))
	const n = 10000
	const hi = 100000
	// 2n distinct sorted points, paired up: consecutive ranges never touch.
	genRanges := func() [][]int {
		seen := make(map[int]bool, 2*n)
		pts := make([]int, 0, 2*n)
		for len(pts) < 2*n {
			p := 1 + r.IntN(hi-1) // keep 0 and hi free
			if !seen[p] {
				seen[p] = true
				pts = append(pts, p)
			}
		}
		slices.Sort(pts)
		ivs := make([][]int, n)
		for i := range ivs {
			ivs[i] = []int{pts[2*i], pts[2*i+1]}
		}
		return ivs
	}
	middle := genRanges()
	gap := genRanges()
	g := n / 2
	return []GenCase{
		{Name: "large-new-before-all", Input: map[string]any{"intervals": genRanges(), "newInterval": []int{0, 0}}},
		{Name: "large-new-after-all", Input: map[string]any{"intervals": genRanges(), "newInterval": []int{hi, hi}}},
		{Name: "large-new-spans-middle-half", Input: map[string]any{"intervals": middle, "newInterval": []int{middle[n/4][1], middle[3*n/4][0]}}},
		{Name: "large-new-covers-all", Input: map[string]any{"intervals": genRanges(), "newInterval": []int{0, hi}}},
		{Name: "large-new-in-gap", Input: map[string]any{"intervals": gap, "newInterval": []int{gap[g][1] + 1, gap[g][1] + 1}}},
	}
}

// sized builds n disjoint ranges spread evenly over [0, 10^5] (n may be at
// most 100001 here, as values stay within the constraints) and a new range
// that swallows the middle half of them: the scan copies a quarter, merges
// half and appends the last quarter, and a solution that deletes the merged
// ranges from the slice one at a time shifts the tail n/2 times.
func sized(n int) map[string]any {
	step := 100000 / n
	ivs := make([][]int, n)
	for i := range ivs {
		ivs[i] = []int{i * step, i*step + (step-1)/2}
	}
	return map[string]any{"intervals": ivs, "newInterval": []int{ivs[n/4][0], ivs[3*n/4][1]}}
}
