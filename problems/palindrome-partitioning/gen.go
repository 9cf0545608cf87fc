//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum length 16: one repeated letter (all
// 2^15 cuttings are valid), a two-letter random string rich in palindromes,
// nested palindromes, and sixteen distinct letters (a single cutting).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(131, 16))
	b := make([]byte, 16)
	for i := range b {
		b[i] = "ab"[r.IntN(2)]
	}
	return []GenCase{
		{Name: "large-one-letter", Input: map[string]any{"s": strings.Repeat("a", 16)}},
		{Name: "large-random-two-letters", Input: map[string]any{"s": string(b)}},
		{Name: "large-nested-palindromes", Input: map[string]any{"s": "aabaabaabaabaaba"}},
		{Name: "large-distinct-letters", Input: map[string]any{"s": "qwertyuiopasdfgh"}},
	}
}

// sized builds n copies of one letter, the worst case: every one of the
// 2^(n-1) cuttings is a palindrome partition.
func sized(n int) map[string]any {
	return map[string]any{"s": strings.Repeat("a", n)}
}
