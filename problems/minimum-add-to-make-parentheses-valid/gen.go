//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// genRandom is n random parentheses.
func genRandom(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = "()"[r.IntN(2)]
	}
	return string(b)
}

// generate builds strings of 1000: all closes then all opens (everything
// unmatched), fully nested (nothing), pairs in a row, random, and a long
// balanced string with one stray parenthesis at each end.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(921, 1000))
	const n = 1000
	return []GenCase{
		{Name: "large-closes-then-opens", Input: map[string]any{"s": strings.Repeat(")", n/2) + strings.Repeat("(", n/2)}},
		{Name: "large-fully-nested", Input: map[string]any{"s": strings.Repeat("(", n/2) + strings.Repeat(")", n/2)}},
		{Name: "large-pairs", Input: map[string]any{"s": strings.Repeat("()", n/2)}},
		{Name: "large-reversed-pairs", Input: map[string]any{"s": strings.Repeat(")(", n/2)}},
		{Name: "large-all-opens", Input: map[string]any{"s": strings.Repeat("(", n)}},
		{Name: "large-random", Input: map[string]any{"s": genRandom(r, n)}},
		{Name: "large-stray-ends", Input: map[string]any{"s": ")" + strings.Repeat("()", n/2-1) + "("}},
	}
}

// sized is n random parentheses.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(921, uint64(n)))
	return map[string]any{"s": genRandom(r, n)}
}
