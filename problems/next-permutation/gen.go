//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length, 100: random values (an
// arrangement far from the first, so listing arrangements in order never
// reaches it), the last arrangement of distinct values (wraps around), a
// rising first pair under a long falling tail (the longest scan and the
// longest reversal), random values with heavy repetition, a non-increasing
// array with repeats (wraps), all values equal, and the first arrangement.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(31, 100))
	const n = 100
	random := make([]int, n)
	fewValues := make([]int, n)
	falling := make([]int, n)
	pivotFront := make([]int, n)
	rising := make([]int, n)
	equal := make([]int, n)
	for i := range n {
		random[i] = r.IntN(101)
		fewValues[i] = r.IntN(3)
		falling[i] = 100 - i
		pivotFront[i] = 101 - i
		rising[i] = i
		equal[i] = 42
	}
	pivotFront[0] = 1
	repeatsFalling := append([]int(nil), fewValues...)
	for i := 1; i < n; i++ {
		for j := i; j > 0 && repeatsFalling[j] > repeatsFalling[j-1]; j-- {
			repeatsFalling[j], repeatsFalling[j-1] = repeatsFalling[j-1], repeatsFalling[j]
		}
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-last-distinct-wraps", Input: map[string]any{"nums": falling}},
		{Name: "large-pivot-at-front", Input: map[string]any{"nums": pivotFront}},
		{Name: "large-few-distinct-values", Input: map[string]any{"nums": fewValues}},
		{Name: "large-last-with-repeats-wraps", Input: map[string]any{"nums": repeatsFalling}},
		{Name: "large-all-equal", Input: map[string]any{"nums": equal}},
		{Name: "large-first-arrangement", Input: map[string]any{"nums": rising}},
	}
}

// sized builds n values: a small first value, then a non-increasing tail
// from 100 down (repeating values once n passes 100), so the pivot is the
// first element, the scan crosses the whole array and the whole tail is
// reversed. Listing arrangements in order from the first has to pass about
// (n-1)! of them to get there.
func sized(n int) map[string]any {
	nums := make([]int, n)
	for i := 1; i < n; i++ {
		nums[i] = 100 - (i-1)*100/n
	}
	return map[string]any{"nums": nums}
}
