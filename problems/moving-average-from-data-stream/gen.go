//go:build ignore

package main

import "math/rand/v2"

// genStream writes a constructor call with size followed by one next per
// value.
func genStream(size int, vals []int) map[string]any {
	ops := make([]string, 0, len(vals)+1)
	args := make([][]int, 0, len(vals)+1)
	ops = append(ops, "MovingAverage")
	args = append(args, []int{size})
	for _, v := range vals {
		ops = append(ops, "next")
		args = append(args, []int{v})
	}
	return map[string]any{"operations": ops, "arguments": args}
}

// genValues makes n random values in [-10^5, 10^5].
func genValues(r *rand.Rand, n int) []int {
	vals := make([]int, n)
	for i := range vals {
		vals[i] = r.IntN(200_001) - 100_000
	}
	return vals
}

// generate builds streams of the maximum 10^4 values: random values with the
// largest window, a window of one, a window of 999 (not dividing the
// stream's length), all values at the top of the range (the largest sums),
// alternating extremes, and a rising ramp.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(346, 10000))
	const n = 10000
	top := make([]int, n)
	alt := make([]int, n)
	ramp := make([]int, n)
	for i := range top {
		top[i] = 100_000
		alt[i] = 100_000
		if i%2 == 1 {
			alt[i] = -100_000
		}
		ramp[i] = -100_000 + 20*i
	}
	return []GenCase{
		{Name: "large-random-window-1000", Input: genStream(1000, genValues(r, n))},
		{Name: "large-random-window-1", Input: genStream(1, genValues(r, n))},
		{Name: "large-random-window-999", Input: genStream(999, genValues(r, n))},
		{Name: "large-all-max", Input: genStream(1000, top)},
		{Name: "large-alternating-extremes", Input: genStream(7, alt)},
		{Name: "large-ramp", Input: genStream(333, ramp)},
	}
}

// sized makes n calls of random values through a window of 1000.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(346, uint64(n)))
	return genStream(1000, genValues(r, n))
}
