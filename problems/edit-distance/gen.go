//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// genText returns n random letters from the given alphabet.
func genText(r *rand.Rand, n int, letters string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[r.IntN(len(letters))]
	}
	return string(b)
}

// generate builds pairs of the maximum length, 500: disjoint alphabets (no
// letter matches, so the plain recursion branches three ways at every step),
// random letters, a two-letter alphabet, a word against a rotation of
// itself, a word against a copy with scattered edits, one word empty, and a
// single repeated letter against random text.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(72, 1))
	const n = 500
	alphabet := "abcdefghijklmnopqrstuvwxyz"
	base := genText(r, n, alphabet)
	edited := []byte(base)
	for k := 0; k < 40; k++ {
		edited[r.IntN(n)] = alphabet[r.IntN(26)]
	}
	withGaps := string(edited[:100]) + string(edited[120:]) + genText(r, 20, alphabet)
	return []GenCase{
		{Name: "large-disjoint-alphabets", Input: map[string]any{"word1": genText(r, n, "abcdefghijklm"), "word2": genText(r, n, "nopqrstuvwxyz")}},
		{Name: "large-random", Input: map[string]any{"word1": genText(r, n, alphabet), "word2": genText(r, n, alphabet)}},
		{Name: "large-two-letters", Input: map[string]any{"word1": genText(r, n, "ab"), "word2": genText(r, n, "ab")}},
		{Name: "large-rotation", Input: map[string]any{"word1": base, "word2": base[n/3:] + base[:n/3]}},
		{Name: "large-scattered-edits", Input: map[string]any{"word1": base, "word2": withGaps}},
		{Name: "large-one-empty", Input: map[string]any{"word1": "", "word2": base}},
		{Name: "large-one-letter-against-text", Input: map[string]any{"word1": strings.Repeat("e", n), "word2": genText(r, n-100, "aeiou")}},
	}
}

// sized is two random words of length n over disjoint halves of the
// alphabet: no letter matches, so the table fills all n^2 cells and a
// recursion without memory branches three ways at every step.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(72, uint64(n)))
	return map[string]any{"word1": genText(r, n, "abcdefghijklm"), "word2": genText(r, n, "nopqrstuvwxyz")}
}
