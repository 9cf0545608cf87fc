//go:build ignore

package main

import "math/rand/v2"

// generate builds price lists of the maximum length, 5000: random prices,
// prices swinging between 0 and 1000 every day (the cooldown decides every
// trade), a rise of two days then a one-day dip (trading every rise breaks
// the cooldown), a steady climb and a steady fall.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(309, 1))
	const n = 5000
	random := make([]int, n)
	swings := make([]int, n)
	sawtooth := make([]int, n)
	climb := make([]int, n)
	fall := make([]int, n)
	for i := range n {
		random[i] = r.IntN(1001)
		swings[i] = 1000 * (i % 2)
		sawtooth[i] = []int{100, 500, 900, 50}[i%4] + r.IntN(51)
		climb[i] = i / 5
		fall[i] = 1000 - i/5
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"prices": random}},
		{Name: "large-daily-swings", Input: map[string]any{"prices": swings}},
		{Name: "large-sawtooth", Input: map[string]any{"prices": sawtooth}},
		{Name: "large-steady-climb", Input: map[string]any{"prices": climb}},
		{Name: "large-steady-fall", Input: map[string]any{"prices": fall}},
	}
}

// sized builds n random prices. The reference does constant work per day on
// any input; a recursion without memory branches on every day, so the
// ladder starts small enough to watch it blow up.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(309, uint64(n)))
	prices := make([]int, n)
	for i := range prices {
		prices[i] = r.IntN(1001)
	}
	return map[string]any{"prices": prices}
}
