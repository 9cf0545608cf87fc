//go:build ignore

package main

import "math/rand/v2"

// generate builds price series of the maximum length, 10^5. Trying every
// buy/sell pair costs n^2/2 = 5*10^9 steps on each. The falling series has
// no profitable trade; in the random walk the lowest price comes after the
// best trade's buy day.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(11, 13))
	const n = 100000
	falling := make([]int, n)
	random := make([]int, n)
	walk := make([]int, n)
	p := 5000
	for i := range n {
		falling[i] = 10000 - i*10001/n
		random[i] = r.IntN(10001)
		p = min(10000, max(0, p+r.IntN(21)-10))
		walk[i] = p
	}
	// The lowest price of the walk sits at the very end.
	walk[n-1] = 0
	return []GenCase{
		{Name: "large-falling", Input: map[string]any{"prices": falling}},
		{Name: "large-random", Input: map[string]any{"prices": random}},
		{Name: "large-random-walk-low-at-end", Input: map[string]any{"prices": walk}},
	}
}

// sized is a random walk of n prices in [0, 10^4] whose lowest price comes
// last: a single pass must keep updating both the minimum and the best
// profit, and trying every pair of days costs n^2/2 steps.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 13))
	prices := make([]int, n)
	p := 5000
	for i := range prices {
		p = min(10000, max(1, p+r.IntN(21)-10))
		prices[i] = p
	}
	prices[n-1] = 0
	return map[string]any{"prices": prices}
}
