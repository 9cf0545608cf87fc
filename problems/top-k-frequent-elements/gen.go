//go:build ignore

package main

import "math/rand/v2"

// generate builds arrays of the maximum length: one value repeated throughout
// (its count equals the length), every value of the range with half of them
// clearly more frequent, counts 1, 2, 3, ... all different, and a single
// winner just one occurrence ahead of the rest.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(347, 11))
	const n = 100000
	genShuffle := func(a []int) []int {
		r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		return a
	}

	flat := make([]int, n)
	for i := range flat {
		flat[i] = -10000
	}

	// All 20001 values: 10000 of them at least 7 times, the rest exactly
	// twice (20002 + 70000 = 90002 places), the remaining 9998 places go to
	// random frequent values.
	perm := genShuffle(r.Perm(20001))
	var wide []int
	for i, p := range perm {
		times := 2
		if i < 10000 {
			times = 7
		}
		for t := 0; t < times; t++ {
			wide = append(wide, p-10000)
		}
	}
	for len(wide) < n {
		wide = append(wide, perm[r.IntN(10000)]-10000)
	}
	genShuffle(wide)

	// Value v occurs v+1 times: counts are pairwise different.
	var stairs []int
	for v := 0; len(stairs) < n; v++ {
		for t := 0; t <= v && len(stairs) < n; t++ {
			stairs = append(stairs, 2*v-300)
		}
	}
	// The last value is cut short to 319 copies, tying with another value
	// inside the top 200 (counts 446 down to 247), so the answer stays unique.
	genShuffle(stairs)

	// 20000 values five times each, one of them six times: that makes 100001,
	// so the last value is cut to four copies.
	var close []int
	for v := -10000; v < 10000; v++ {
		times := 5
		if v == 4321 {
			times = 6
		}
		for t := 0; t < times && len(close) < n; t++ {
			close = append(close, v)
		}
	}
	genShuffle(close)

	return []GenCase{
		{Name: "large-single-value", Input: map[string]any{"nums": flat, "k": 1}},
		{Name: "large-all-values-half-frequent", Input: map[string]any{"nums": wide, "k": 10000}},
		{Name: "large-distinct-counts", Input: map[string]any{"nums": stairs, "k": 200}},
		{Name: "large-one-winner", Input: map[string]any{"nums": close, "k": 1}},
	}
}

// sized builds n values, shuffled, over up to 2000 distinct values: the
// first half of them occur once more than the second half (the leftover
// places go to one of the frequent ones), and k asks for exactly the
// frequent half, so the answer is unique. Keeping the distinct values few
// keeps the counting, which grows with n, the bulk of the work.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(347, uint64(n)))
	d := min(2000, n/4)
	q := (n - d/2) / d
	vals := r.Perm(2001)
	nums := make([]int, 0, n)
	for i := 0; i < d; i++ {
		times := q
		if i < d/2 {
			times++
		}
		for t := 0; t < times; t++ {
			nums = append(nums, vals[i]-1000)
		}
	}
	for len(nums) < n {
		nums = append(nums, vals[0]-1000)
	}
	r.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	return map[string]any{"nums": nums, "k": d / 2}
}
