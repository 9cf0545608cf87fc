//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// genMostlyA returns n letters, about one in ten of them a random other
// letter and the rest A.
func genMostlyA(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = 'A'
		if r.IntN(10) == 0 {
			b[i] = byte('B' + r.IntN(25))
		}
	}
	return string(b)
}

// genLetters returns n random letters from the first m of the alphabet.
func genLetters(r *rand.Rand, n, m int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('A' + r.IntN(m))
	}
	return string(b)
}

// generate builds strings of the maximum length: one letter throughout (a
// window restarted at every position runs to the end each time), mostly one
// letter with a large budget, two letters with a budget of half the length,
// random letters with no budget, and a budget equal to the length.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(43, 47))
	const n = 100000
	return []GenCase{
		{Name: "large-one-letter", Input: map[string]any{"s": strings.Repeat("A", n), "k": 0}},
		{Name: "large-mostly-one-letter", Input: map[string]any{"s": genMostlyA(r, n), "k": 5000}},
		{Name: "large-two-letters-half-budget", Input: map[string]any{"s": genLetters(r, n, 2), "k": n / 2}},
		{Name: "large-random-no-budget", Input: map[string]any{"s": genLetters(r, n, 26), "k": 0}},
		{Name: "large-budget-is-length", Input: map[string]any{"s": genLetters(r, n, 26), "k": n}},
	}
}

// sized builds n letters, mostly A, with a budget of n/20: the answer spans
// about half the string, so a window restarted at every position runs for
// about n/2 letters each time.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(43, uint64(n)))
	return map[string]any{"s": genMostlyA(r, n), "k": n / 20}
}
