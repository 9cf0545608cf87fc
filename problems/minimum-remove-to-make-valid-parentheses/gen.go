//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum length: only "(" (every one must go,
// and a forward search for each one's match runs to the end), deep nesting,
// all strays, and random mixes with letters.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(99, 1))
	const n = 100000
	// genMix draws letters and brackets; openPct and closePct are the
	// chances (in percent) of "(" and ")".
	genMix := func(openPct, closePct int) string {
		b := make([]byte, n)
		for i := range b {
			switch p := r.IntN(100); {
			case p < openPct:
				b[i] = '('
			case p < openPct+closePct:
				b[i] = ')'
			default:
				b[i] = byte('a' + r.IntN(26))
			}
		}
		return string(b)
	}
	return []GenCase{
		{Name: "large-openers-only", Input: map[string]any{"s": strings.Repeat("(", n)}},
		{Name: "large-deep-nesting", Input: map[string]any{"s": strings.Repeat("(", n/2-1) + "ab" + strings.Repeat(")", n/2-1)}},
		{Name: "large-unclosed-prefix", Input: map[string]any{"s": strings.Repeat("(", 3*n/4) + strings.Repeat(")", n/4)}},
		{Name: "large-strays-only", Input: map[string]any{"s": strings.Repeat(")", n/2) + strings.Repeat("(", n/2)}},
		{Name: "large-random-mostly-openers", Input: map[string]any{"s": genMix(45, 35)}},
		{Name: "large-random-balanced-odds", Input: map[string]any{"s": genMix(30, 30)}},
	}
}

// sized builds n/16 "(" followed by letters with a ")" every 64th character.
// Fewer ")" follow than "(" came before, so most openers stay unclosed and a
// solution that scans forward from each "(" for its match walks to the end
// of the string for each of them, a quadratic amount of work. The intended
// solution's stack stays small, so the measurement is about time rather than
// memory.
func sized(n int) map[string]any {
	b := make([]byte, n)
	for i := range b {
		switch {
		case i < n/16:
			b[i] = '('
		case i%64 == 63:
			b[i] = ')'
		default:
			b[i] = byte('a' + i/8%26)
		}
	}
	return map[string]any{"s": string(b)}
}
