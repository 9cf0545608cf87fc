//go:build ignore

package main

import "math/rand/v2"

// generate builds n at its limit, 2^31 - 1, where asking about every
// version takes seconds, with the first bad version at either end, beside
// the middle, and at random; plus random n of every magnitude.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(278, 31))
	const top = 1<<31 - 1
	genCase := func(name string, n, bad int) GenCase {
		return GenCase{Name: name, Input: map[string]any{"n": n, "bad": bad}}
	}
	cases := []GenCase{
		genCase("large-only-last-bad", top, top),
		genCase("large-last-two-bad", top, top-1),
		genCase("large-all-bad", top, 1),
		genCase("large-middle", top, top/2+1),
		genCase("large-just-before-middle", top, top/2),
		genCase("large-three-quarters", top, top/4*3),
	}
	for i := range 4 {
		cases = append(cases, genCase("large-random-bad-"+string(rune('a'+i)), top, 1+r.IntN(top)))
	}
	for i := range 4 {
		n := 1 + r.IntN(1<<(8*(i+1)-1))
		cases = append(cases, genCase("random-n-"+string(rune('a'+i)), n, 1+r.IntN(n)))
	}
	return cases
}

// sized has n versions, only the last two bad: a binary search asks about
// log2(n) of them, a scan from the first version asks about n - 1.
func sized(n int) map[string]any {
	return map[string]any{"n": n, "bad": n - 1}
}
