//go:build ignore

package main

import "math/rand/v2"

// generate returns values across the whole 32-bit range: the top bit set
// (where a signed reading goes wrong), only low bits set (where stopping
// once num is 0 goes wrong), byte-sized blocks (where swapping bytes
// instead of bits looks right) and random values.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(190, 32))
	cases := []GenCase{
		{Name: "large-all-ones", Input: map[string]any{"num": uint32(0xFFFFFFFF)}},
		{Name: "large-top-bit", Input: map[string]any{"num": uint32(0x80000000)}},
		{Name: "large-lowest-bit", Input: map[string]any{"num": uint32(1)}},
		{Name: "large-top-and-bottom-bytes", Input: map[string]any{"num": uint32(0xFF0000FF)}},
		{Name: "large-one-bit-per-byte", Input: map[string]any{"num": uint32(0x01010101)}},
		{Name: "large-low-31-bits", Input: map[string]any{"num": uint32(0x7FFFFFFF)}},
	}
	for i, name := range []string{"large-random-1", "large-random-2", "large-random-3", "large-random-small", "large-random-top-set"} {
		v := r.Uint32()
		switch i {
		case 3:
			v &= 0xFFFF
		case 4:
			v |= 0x80000000
		}
		cases = append(cases, GenCase{Name: name, Input: map[string]any{"num": v}})
	}
	return cases
}

// sized passes n - 1: for n a power of two every bit below it is set. Any
// loop over the 32 positions costs the same whatever the value; a loop
// that stops once num is 0 costs at most as much.
func sized(n int) map[string]any {
	return map[string]any{"num": uint32(n - 1)}
}
