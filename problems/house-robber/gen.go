//go:build ignore

package main

import "math/rand/v2"

// generate builds streets of the maximum length: random cash, a pattern
// where the best plan skips two houses again and again, and a pattern where
// each rich house sits between two slightly poorer ones worth more together.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(37, 41))
	const n = 100
	random := make([]int, n)
	for i := range random {
		random[i] = r.IntN(401)
	}
	skips := make([]int, n)
	for i := range skips {
		if i%3 == 0 {
			skips[i] = 300 + r.IntN(101)
		} else {
			skips[i] = r.IntN(150)
		}
	}
	traps := make([]int, n)
	for i := range traps {
		switch i % 4 {
		case 1:
			traps[i] = 400
		case 3:
			traps[i] = r.IntN(50)
		default:
			traps[i] = 201 + r.IntN(100)
		}
	}
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"nums": random}},
		{Name: "large-skip-two", Input: map[string]any{"nums": skips}},
		{Name: "large-rich-between-pairs", Input: map[string]any{"nums": traps}},
	}
}

// sized builds a street of n houses with random cash. The reference is
// linear whatever the values; the plain recursion makes about Fibonacci(n)
// calls on any street, so the ladder starts small enough to watch it blow up.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(37, uint64(n)))
	nums := make([]int, n)
	for i := range nums {
		nums[i] = r.IntN(401)
	}
	return map[string]any{"nums": nums}
}
