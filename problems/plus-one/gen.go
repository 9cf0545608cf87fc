//go:build ignore

package main

import "math/rand/v2"

// generate builds numbers of the maximum length, 100 digits: all nines (the
// result grows by one digit), a long run of nines behind a smaller digit,
// and random digits ending in a 9 or in something smaller.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(19, 23))
	const n = 100
	nines := make([]int, n)
	run := make([]int, n)
	random9 := make([]int, n)
	random := make([]int, n)
	for i := range nines {
		nines[i] = 9
		run[i] = 9
		random9[i] = r.IntN(10)
		random[i] = r.IntN(10)
	}
	run[0] = 4
	random9[0], random[0] = 1+r.IntN(9), 1+r.IntN(9)
	random9[n-1], random9[n-2] = 9, 9
	random[n-1] = r.IntN(9)
	return []GenCase{
		{Name: "large-all-nines", Input: map[string]any{"digits": nines}},
		{Name: "large-nines-behind-four", Input: map[string]any{"digits": run}},
		{Name: "large-random-ending-in-nines", Input: map[string]any{"digits": random9}},
		{Name: "large-random", Input: map[string]any{"digits": random}},
	}
}

// sized is n nines: the carry visits every digit and the result needs a
// new array one longer.
func sized(n int) map[string]any {
	digits := make([]int, n)
	for i := range digits {
		digits[i] = 9
	}
	return map[string]any{"digits": digits}
}
