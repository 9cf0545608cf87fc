//go:build ignore

package main

import "math/rand/v2"

// generate builds 10^5 buildings in several shapes: falling (every building
// has a view, the worst case for comparing each building with those east of
// it), rising and flat (only the last one), random, and a falling row of
// equal pairs (each pair's western twin is blocked), and a falling row that
// ends in a tower taller than all of it.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(1762, 1))
	const n = 100000
	genMake := func(f func(i int) int) []int {
		h := make([]int, n)
		for i := range h {
			h[i] = f(i)
		}
		return h
	}
	return []GenCase{
		{Name: "large-falling", Input: map[string]any{"heights": genMake(func(i int) int { return 1_000_000_000 - i })}},
		{Name: "large-rising", Input: map[string]any{"heights": genMake(func(i int) int { return i + 1 })}},
		{Name: "large-flat", Input: map[string]any{"heights": genMake(func(int) int { return 1_000_000_000 })}},
		{Name: "large-random", Input: map[string]any{"heights": genMake(func(int) int { return 1 + r.IntN(1_000_000_000) })}},
		{Name: "large-falling-pairs", Input: map[string]any{"heights": genMake(func(i int) int { return n - i/2 })}},
		{Name: "large-falling-then-tower", Input: map[string]any{"heights": genMake(func(i int) int {
			if i == n-1 {
				return n + 1
			}
			return n - i
		})}},
		{Name: "large-random-small-heights", Input: map[string]any{"heights": genMake(func(int) int { return 1 + r.IntN(100) })}},
	}
}

// sized is n-1 strictly falling heights and then a tower taller than all
// of them: only the tower has a view, yet a scan of the buildings east of
// each one runs all the way to the tower, n^2/2 comparisons in all.
func sized(n int) map[string]any {
	h := make([]int, n)
	for i := range h {
		h[i] = n - i
	}
	h[n-1] = n + 1
	return map[string]any{"heights": h}
}
