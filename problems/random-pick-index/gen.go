//go:build ignore

package main

import "math/rand/v2"

// genPicks writes the constructor with nums and one pick per target.
func genPicks(nums, targets []int) map[string]any {
	ops := make([]string, 1, len(targets)+1)
	args := make([][]any, 1, len(targets)+1)
	ops[0], args[0] = "Solution", []any{nums}
	for _, t := range targets {
		ops = append(ops, "pick")
		args = append(args, []any{t})
	}
	return map[string]any{"operations": ops, "arguments": args}
}

// genInt32 is a random value in the full 32-bit signed range.
func genInt32(r *rand.Rand) int {
	return int(r.Int32()) - int(r.Int32N(2))*(1<<31)
}

// generate builds large arrays and long runs of picks. The sizes keep a
// one-pass reservoir scan (O(n) per pick, LeetCode's memory-frugal answer)
// to a few times 10^7 steps, well inside the time limit; the tests with
// many picks of few indices give the checker's uniformity tests their
// power.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(398, 20000))
	const n = 20_000

	// Distinct values over the whole 32-bit range; 10^4 picks of random
	// members (each index is the only answer).
	distinct := make([]int, n)
	seen := map[int]bool{}
	for i := range distinct {
		v := genInt32(r)
		for seen[v] {
			v = genInt32(r)
		}
		seen[v] = true
		distinct[i] = v
	}
	distinctPicks := make([]int, 10_000)
	for i := range distinctPicks {
		distinctPicks[i] = distinct[r.IntN(n)]
	}

	// One value at 8 places, the first and last index among them, in a sea
	// of other values; 2000 picks of it.
	sea := make([]int, n)
	for i := range sea {
		sea[i] = r.IntN(1_000_000) + 1
	}
	spots := []int{0, n - 1}
	for _, s := range r.Perm(n - 2)[:6] {
		spots = append(spots, s+1)
	}
	for _, s := range spots {
		sea[s] = -5
	}
	seaPicks := make([]int, 2000)
	for i := range seaPicks {
		seaPicks[i] = -5
	}

	// Four values held 2, 3, 5 and 20 times, shuffled; 10^4 picks in turn:
	// about 2500 each, where any bias shows.
	var few []int
	for k, c := range []int{2, 3, 5, 20} {
		for range c {
			few = append(few, []int{-2147483648, 0, 7, 2147483647}[k])
		}
	}
	r.Shuffle(len(few), func(i, j int) { few[i], few[j] = few[j], few[i] })
	fewPicks := make([]int, 10_000)
	for i := range fewPicks {
		fewPicks[i] = []int{-2147483648, 0, 7, 2147483647}[i%4]
	}

	// 200 equal values, 10^4 picks: every index must come up.
	equal := make([]int, 200)
	equalPicks := make([]int, 10_000)
	for i := range equal {
		equal[i] = 42
	}
	for i := range equalPicks {
		equalPicks[i] = 42
	}

	// 1000 values each held 20 times, 10^4 picks of random values.
	many := make([]int, n)
	for i := range many {
		many[i] = (i%1000)*7919 - 3_000_000
	}
	r.Shuffle(n, func(i, j int) { many[i], many[j] = many[j], many[i] })
	manyPicks := make([]int, 10_000)
	for i := range manyPicks {
		manyPicks[i] = many[r.IntN(n)]
	}

	return []GenCase{
		{Name: "large-distinct-max-picks", Input: genPicks(distinct, distinctPicks)},
		{Name: "large-few-copies-at-ends", Input: genPicks(sea, seaPicks)},
		{Name: "small-counts-many-picks", Input: genPicks(few, fewPicks)},
		{Name: "all-equal-many-picks", Input: genPicks(equal, equalPicks)},
		{Name: "large-many-values-twenty-copies", Input: genPicks(many, manyPicks)},
	}
}

// sized builds n values, 8 copies of each of n/8 values in a shuffled
// order, and n picks of random values: the map makes each pick O(1), a
// scan per pick costs O(n).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(398, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		nums[i] = i / 8 * 3
	}
	r.Shuffle(n, func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	targets := make([]int, n)
	for i := range targets {
		targets[i] = nums[r.IntN(n)]
	}
	return genPicks(nums, targets)
}
