//go:build ignore

package main

import "math/rand/v2"

// generate builds inputs of the maximum length, 10^5. On the flat inputs and
// the slowly falling staircase no day ever finds a warmer one, so scanning
// forward from each day costs n^2/2 = 5*10^9 steps; the flat run ending in a
// single warmer day makes every answer large.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(7, 2024))
	const n = 100000
	genFill := func(f func(i int) int) []int {
		t := make([]int, n)
		for i := range t {
			t[i] = f(i)
		}
		return t
	}
	flat := genFill(func(int) int { return 64 })
	flatMax := genFill(func(int) int { return 100 })
	warmerAtEnd := genFill(func(int) int { return 30 })
	warmerAtEnd[n-1] = 31
	staircase := genFill(func(i int) int { return 100 - i*71/n })
	random := genFill(func(int) int { return 30 + r.IntN(71) })
	return []GenCase{
		{Name: "large-flat", Input: map[string]any{"temperatures": flat}},
		{Name: "large-flat-at-max", Input: map[string]any{"temperatures": flatMax}},
		{Name: "large-flat-then-warmer", Input: map[string]any{"temperatures": warmerAtEnd}},
		{Name: "large-falling-staircase", Input: map[string]any{"temperatures": staircase}},
		{Name: "large-random", Input: map[string]any{"temperatures": random}},
	}
}

// sized is n temperatures falling slowly from 100 to 30 in steps: no day
// ever gets a warmer one, so the stack holds every day at the end and
// scanning forward from each day reads the rest of the array.
func sized(n int) map[string]any {
	t := make([]int, n)
	for i := range t {
		t[i] = 100 - i*71/n
	}
	return map[string]any{"temperatures": t}
}
