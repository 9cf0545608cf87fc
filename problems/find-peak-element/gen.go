//go:build ignore

package main

import "math/rand/v2"

const genN = 1000

// generate builds 1,000-element arrays: strictly rising (the only peak is the
// last index), strictly falling, a single mountain whose summit sits at a
// random place, and random values near the int32 extremes with no two
// neighbours equal.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(13, 17))
	rising := make([]int, genN)
	falling := make([]int, genN)
	for i := range rising {
		rising[i] = -1_000_000_000 + 2*i
		falling[i] = 1_000_000_000 - 3*i
	}
	summit := 200 + r.IntN(600)
	mountain := make([]int, genN)
	for i := range mountain {
		if i <= summit {
			mountain[i] = i
		} else {
			mountain[i] = 2*summit - i
		}
	}
	random := make([]int, genN)
	for i := range random {
		for {
			v := -(1 << 31) + r.IntN(64)
			if r.IntN(2) == 0 {
				v = (1<<31 - 1) - r.IntN(64)
			}
			if i == 0 || v != random[i-1] {
				random[i] = v
				break
			}
		}
	}
	return []GenCase{
		{Name: "large-rising", Input: map[string]any{"nums": rising}},
		{Name: "large-falling", Input: map[string]any{"nums": falling}},
		{Name: "large-mountain", Input: map[string]any{"nums": mountain}},
		{Name: "large-random-extremes", Input: map[string]any{"nums": random}},
	}
}

// sized builds n strictly rising values (0, 1, 2, ...): the only peak is the
// last index, so a scan for the first descent walks the whole array.
func sized(n int) map[string]any {
	nums := make([]int, n)
	for i := range nums {
		nums[i] = i
	}
	return map[string]any{"nums": nums}
}
