//go:build ignore

package main

import "math/rand/v2"

// genList writes n nodes with values from val(i) and random indices from
// rnd(i) (-1 for null) in the tests' form: [[val, index or nil], ...].
func genList(n int, val, rnd func(i int) int) [][]any {
	out := make([][]any, n)
	for i := range out {
		var r any
		if j := rnd(i); j >= 0 {
			r = j
		}
		out[i] = []any{val(i), r}
	}
	return out
}

// generate builds 1000-node lists (the limit): random pointers to random
// nodes (some null), none at all, each to itself, all to the head, all to
// the tail, each to the node after it (ahead of a one-pass copy), the list
// reversed, and one value everywhere or a handful of values (which defeats
// finding targets by value).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(138, 1000))
	const n = 1000
	anyVal := func(int) int { return r.IntN(20001) - 10000 }
	few := func(int) int { return r.IntN(3) }
	randomIdx := func(int) int {
		if r.IntN(5) == 0 {
			return -1
		}
		return r.IntN(n)
	}
	cases := []struct {
		name     string
		val, rnd func(int) int
	}{
		{"large-random", anyVal, randomIdx},
		{"large-no-random", anyVal, func(int) int { return -1 }},
		{"large-random-to-itself", anyVal, func(i int) int { return i }},
		{"large-random-to-head", anyVal, func(int) int { return 0 }},
		{"large-random-to-tail", anyVal, func(int) int { return n - 1 }},
		{"large-random-to-next", anyVal, func(i int) int { return (i + 1) % n }},
		{"large-reversed", anyVal, func(i int) int { return n - 1 - i }},
		{"large-one-value", func(int) int { return 7 }, randomIdx},
		{"large-few-values", few, randomIdx},
	}
	var out []GenCase
	for _, c := range cases {
		out = append(out, GenCase{Name: c.name, Input: map[string]any{"head": genList(n, c.val, c.rnd)}})
	}
	return out
}

// sized is a list of n nodes whose random pointers go to random nodes,
// with values from a small range so they repeat.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(138, uint64(n)))
	return map[string]any{"head": genList(n,
		func(int) int { return r.IntN(201) - 100 },
		func(int) int { return r.IntN(n) })}
}
