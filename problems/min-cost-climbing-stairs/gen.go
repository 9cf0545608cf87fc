//go:build ignore

package main

import "math/rand/v2"

// generate builds staircases of the maximum length, 1000 steps: random fees,
// every fee at its maximum, an expensive step after every cheap one (the
// answer hops over each), and a pattern where the cheaper next step leads
// into a pair of expensive ones.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(746, 1))
	const n = 1000
	random := make([]int, n)
	flat := make([]int, n)
	alternating := make([]int, n)
	traps := make([]int, n)
	for i := range n {
		random[i] = r.IntN(1000)
		flat[i] = 999
		alternating[i] = 1 + 998*(i%2)
		switch i % 3 {
		case 0:
			traps[i] = r.IntN(10)
		case 1:
			traps[i] = 900 + r.IntN(100)
		default:
			traps[i] = 400 + r.IntN(100)
		}
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"cost": random}},
		{Name: "large-all-max", Input: map[string]any{"cost": flat}},
		{Name: "large-alternating", Input: map[string]any{"cost": alternating}},
		{Name: "large-cheap-then-two-dear", Input: map[string]any{"cost": traps}},
	}
}

// sized builds n random fees. The reference does constant work per step
// whatever the fees; the plain recursion makes about Fibonacci(n) calls on
// any staircase, so the ladder starts small enough to watch it blow up.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(746, uint64(n)))
	cost := make([]int, n)
	for i := range cost {
		cost[i] = r.IntN(1000)
	}
	return map[string]any{"cost": cost}
}
