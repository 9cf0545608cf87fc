//go:build ignore

package main

import "math/rand/v2"

// genFill writes random values into a, segment by segment: mostly 1 and -1,
// now and then a larger factor while the segment's product of magnitudes
// stays below 2^31, and a zero (which starts a new segment) with probability
// zeroEvery in 1000. Every run then has a product that fits in 32 bits.
func genFill(r *rand.Rand, a []int, zeroEvery int) {
	budget := 1
	for i := range a {
		if zeroEvery > 0 && r.IntN(1000) < zeroEvery {
			a[i], budget = 0, 1
			continue
		}
		v := 1
		if r.IntN(50) == 0 {
			v = 2 + r.IntN(9)
			if budget*v >= 1<<31 {
				v = 1
			}
		}
		budget *= v
		if r.IntN(2) == 0 {
			v = -v
		}
		a[i] = v
	}
}

// generate builds arrays of the maximum length, 2·10^4: signs at random with
// a few larger factors (no zero, and with zeros), all -1 of odd length less
// one (the answer drops an end), the big factors packed at the far end, and
// zeros between single negative tens.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(152, 1))
	const n = 20000
	noZeros := make([]int, n)
	genFill(r, noZeros, 0)
	withZeros := make([]int, n)
	genFill(r, withZeros, 3)
	minusOnes := make([]int, n-1)
	for i := range minusOnes {
		minusOnes[i] = -1
	}
	atEnd := make([]int, n)
	for i := range atEnd {
		atEnd[i] = 1 - 2*r.IntN(2)
	}
	for i, v := range []int{-10, 10, 10, -10, 10, -10, 10, 2} {
		atEnd[n-8+i] = v
	}
	atEnd[n-9] = 0
	tens := make([]int, n)
	for i := range tens {
		if i%2 == 0 {
			tens[i] = -10
		}
	}
	return []GenCase{
		{Name: "large-no-zeros", Input: map[string]any{"nums": noZeros}},
		{Name: "large-with-zeros", Input: map[string]any{"nums": withZeros}},
		{Name: "large-odd-minus-ones", Input: map[string]any{"nums": minusOnes}},
		{Name: "large-best-at-end", Input: map[string]any{"nums": atEnd}},
		{Name: "large-negatives-between-zeros", Input: map[string]any{"nums": tens}},
	}
}

// sized builds n values: signs at random, a few larger factors and the odd
// zero, so both extremes keep changing. A run-by-run brute force does about
// n^3/6 multiplications whatever the values.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(152, uint64(n)))
	nums := make([]int, n)
	genFill(r, nums, 2)
	return map[string]any{"nums": nums}
}
