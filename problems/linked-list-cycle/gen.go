//go:build ignore

package main

import "math/rand/v2"

// generate builds lists of the maximum length: without a loop (random values
// full of repeats, and all values equal), and with the tail linking back to
// the head, to the middle, and to itself.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(141, 3))
	const n = 10000
	genValues := func() []int {
		v := make([]int, n)
		for i := range v {
			v[i] = r.IntN(200001) - 100000
		}
		return v
	}
	flat := make([]int, n)
	for i := range flat {
		flat[i] = 100000
	}
	return []GenCase{
		{Name: "large-no-cycle", Input: map[string]any{"head": genValues(), "pos": -1}},
		{Name: "large-all-equal-no-cycle", Input: map[string]any{"head": flat, "pos": -1}},
		{Name: "large-cycle-to-head", Input: map[string]any{"head": genValues(), "pos": 0}},
		{Name: "large-cycle-to-middle", Input: map[string]any{"head": genValues(), "pos": n / 2}},
		{Name: "large-tail-self-loop", Input: map[string]any{"head": genValues(), "pos": n - 1}},
	}
}

// sized is n random values whose tail links back to the middle node: the
// slow pointer walks n/2 nodes before it enters the loop.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(141, uint64(n)))
	vals := make([]int, n)
	for i := range vals {
		vals[i] = r.IntN(200001) - 100000
	}
	return map[string]any{"head": vals, "pos": n / 2}
}
