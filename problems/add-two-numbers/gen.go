//go:build ignore

package main

import "math/rand/v2"

// generate builds 100-digit numbers: all nines on both sides (a carry at
// every place and out of the top), a random pair, a long number plus a single
// digit whose carry runs through every place, and pairs of digits that sum to
// 9 so one carry from the bottom must ripple all the way up.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(2, 10))
	const n = 100
	genDigits := func(v int) []int {
		d := make([]int, n)
		for i := range d {
			d[i] = v
		}
		return d
	}
	genRandom := func() []int {
		d := make([]int, n)
		for i := range d {
			d[i] = r.IntN(10)
		}
		d[n-1] = 1 + r.IntN(9) // no leading zero
		return d
	}
	// a[i] + b[i] == 9 above the ones place, where the sum is 10.
	a, b := genRandom(), make([]int, n)
	a[0], a[n-1] = 3, 4
	b[0] = 7
	for i := 1; i < n; i++ {
		b[i] = 9 - a[i]
	}
	return []GenCase{
		{Name: "large-all-nines", Input: map[string]any{"l1": genDigits(9), "l2": genDigits(9)}},
		{Name: "large-random", Input: map[string]any{"l1": genRandom(), "l2": genRandom()}},
		{Name: "large-nines-plus-one", Input: map[string]any{"l1": genDigits(9), "l2": []int{1}}},
		{Name: "large-one-plus-nines", Input: map[string]any{"l1": []int{1}, "l2": genDigits(9)}},
		{Name: "large-ripple-carry", Input: map[string]any{"l1": a, "l2": b}},
	}
}

// sized adds two n-digit numbers, all nines plus random digits with a
// nonzero top digit, so a carry runs through most places and out of the top:
// the answer has n+1 digits.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 10))
	nines := make([]int, n)
	other := make([]int, n)
	for i := range n {
		nines[i] = 9
		other[i] = r.IntN(10)
	}
	other[n-1] = 1 + r.IntN(9)
	return map[string]any{"l1": nines, "l2": other}
}
