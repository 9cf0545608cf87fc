//go:build ignore

package main

import "math/rand/v2"

// genEvenOddHalf returns n even values from 2 to 100 whose total is twice an
// odd number: the total is even, yet no subset of even values reaches half
// of it, so the answer is false only after a full search.
func genEvenOddHalf(r *rand.Rand, n int) []int {
	nums := make([]int, n)
	halves := 0
	for i := range nums {
		h := 1 + r.IntN(50)
		nums[i] = 2 * h
		halves += h
	}
	if halves%2 == 0 {
		if nums[0] > 2 {
			nums[0] -= 2
		} else {
			nums[0] += 2
		}
	}
	return nums
}

// generate builds arrays of the maximum length, 200: even values with an
// odd half (no split, every subset search runs to the end), random values
// with an even total (a split exists), random values with an odd total, all
// values at the maximum, one large value that needs many small partners,
// and multiples of three with a 1 and a 2 that must end up in one group.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(416, 1))
	const n = 200
	random := make([]int, n)
	total := 0
	for i := range random {
		random[i] = 1 + r.IntN(100)
		total += random[i]
	}
	if total%2 != 0 {
		random[0] = random[0]%100 + 1 // the total changes parity either way
	}
	oddTotal := append([]int(nil), random...)
	oddTotal[n-1] = oddTotal[n-1]%100 + 1
	flat := make([]int, n)
	for i := range flat {
		flat[i] = 100
	}
	// One 100 that must be balanced by 100 of the small values.
	lopsided := make([]int, n)
	lopsided[0] = 100
	for i := 1; i < n; i++ {
		lopsided[i] = 1
	}
	lopsided[n-1] = 2
	// 198 multiples of three with an odd sum, then 1 and 2: the total is even
	// and a multiple of three, so each half is a multiple of three too, and
	// the 1 and the 2 must go into the same group.
	threes := make([]int, n)
	sum := 0
	for i := range n - 2 {
		threes[i] = 3 * (1 + r.IntN(33))
		sum += threes[i]
	}
	if sum%2 == 0 {
		threes[0] += 3
		if threes[0] > 99 {
			threes[0] -= 6
		}
	}
	threes[n-2], threes[n-1] = 1, 2
	return []GenCase{
		{Name: "large-even-values-odd-half", Input: map[string]any{"nums": genEvenOddHalf(r, n)}},
		{Name: "large-random-even-total", Input: map[string]any{"nums": random}},
		{Name: "large-random-odd-total", Input: map[string]any{"nums": oddTotal}},
		{Name: "large-all-max", Input: map[string]any{"nums": flat}},
		{Name: "large-one-big-many-ones", Input: map[string]any{"nums": lopsided}},
		{Name: "large-threes-with-one-and-two", Input: map[string]any{"nums": threes}},
	}
}

// sized builds n even values from 2 to 100 whose half-total is odd: the
// table fills all of its about 25n sums for each of the n values, and a
// search without memory tries every subset that stays under the target.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(416, uint64(n)))
	return map[string]any{"nums": genEvenOddHalf(r, n)}
}
