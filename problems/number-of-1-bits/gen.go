//go:build ignore

package main

import "math/rand/v2"

// generate returns values at the top of the range, where every bit position
// is in play: all 31 bits set, the top bit alone, alternating patterns, and
// random 31-bit values.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(3, 5))
	cases := []GenCase{
		{Name: "large-all-ones", Input: map[string]any{"n": 1<<31 - 1}},
		{Name: "large-top-bit", Input: map[string]any{"n": 1 << 30}},
		{Name: "large-top-byte", Input: map[string]any{"n": 0x7f000000}},
		{Name: "large-alternating", Input: map[string]any{"n": 0x55555555}},
	}
	for i, name := range []string{"large-random-1", "large-random-2", "large-random-3"} {
		v := r.IntN(1<<30) + 1<<30
		if i == 2 {
			v |= 0xff
		}
		cases = append(cases, GenCase{Name: name, Input: map[string]any{"n": v}})
	}
	return cases
}

// sized passes n - 1: for n a power of two its bits are all set, the most
// rounds for the bit-clearing loop and the most additions for a shift loop.
func sized(n int) map[string]any {
	return map[string]any{"n": n - 1}
}
