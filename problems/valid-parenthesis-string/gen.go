//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

const genN = 100

// genStarsThenOpen is n-1 stars and a final '(' that nothing can close: the
// answer is false, and backtracking over the stars explores every choice
// that keeps the count non-negative before giving up.
func genStarsThenOpen(n int) string {
	return strings.Repeat("*", n-1) + "("
}

// genBalanced is a random balanced sequence of n brackets (n even), some of
// whose brackets are then hidden behind stars.
func genBalanced(r *rand.Rand, n int, starEvery int) []byte {
	b := make([]byte, 0, n)
	open := 0
	for len(b) < n {
		left := n - len(b)
		if open == left || (open > 0 && r.IntN(2) == 0) {
			b = append(b, ')')
			open--
		} else {
			b = append(b, '(')
			open++
		}
	}
	for i := range b {
		if r.IntN(starEvery) == 0 {
			b[i] = '*'
		}
	}
	return b
}

// generate builds strings of the maximum length: stars ending in an
// unclosable '(', all stars, opens followed by just enough stars, a star
// ahead of each '(' it cannot close, and random balanced sequences with
// stars, one of them spoiled by an extra ')' at the start.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(59, 61))
	spoiled := genBalanced(r, genN, 4)
	spoiled[0] = ')'
	return []GenCase{
		{Name: "large-stars-then-open", Input: map[string]any{"s": genStarsThenOpen(genN)}},
		{Name: "large-all-stars", Input: map[string]any{"s": strings.Repeat("*", genN)}},
		{Name: "large-opens-then-stars", Input: map[string]any{"s": strings.Repeat("(", 50) + strings.Repeat("*", 50)}},
		{Name: "large-star-before-each-open", Input: map[string]any{"s": strings.Repeat("*(", 50)}},
		{Name: "large-random-balanced-with-stars", Input: map[string]any{"s": string(genBalanced(r, genN, 3))}},
		{Name: "large-random-spoiled", Input: map[string]any{"s": string(spoiled)}},
		{Name: "large-closes-then-stars", Input: map[string]any{"s": strings.Repeat("*", 50) + strings.Repeat(")", 50)}},
	}
}

// sized is n-1 stars and a final '(': one pass for the reference,
// exponentially many choices for backtracking.
func sized(n int) map[string]any {
	return map[string]any{"s": genStarsThenOpen(max(n, 2))}
}
