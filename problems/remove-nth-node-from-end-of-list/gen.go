//go:build ignore

package main

import "math/rand/v2"

// generate builds lists of the maximum length of 30 with repeated values,
// removing the head, the tail, a middle node, and the second node.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(19, 4))
	const sz = 30
	genList := func(maxVal int) []int {
		l := make([]int, sz)
		for i := range l {
			l[i] = r.IntN(maxVal + 1)
		}
		return l
	}
	return []GenCase{
		{Name: "large-remove-head", Input: map[string]any{"head": genList(100), "n": sz}},
		{Name: "large-remove-tail", Input: map[string]any{"head": genList(3), "n": 1}},
		{Name: "large-remove-middle", Input: map[string]any{"head": genList(2), "n": sz / 2}},
		{Name: "large-remove-second", Input: map[string]any{"head": genList(1), "n": sz - 1}},
	}
}

// sized is a list of n random values from [0, 9] (short, so that decoding
// the input stays cheap next to the call) with the middle node to remove:
// both pointers walk the whole list.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(19, uint64(n)))
	l := make([]int, n)
	for i := range l {
		l[i] = r.IntN(10)
	}
	return map[string]any{"head": l, "n": n/2 + 1}
}
