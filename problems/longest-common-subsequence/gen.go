//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds pairs of the maximum length: random letters, a two-letter
// alphabet (long answers, many ties), disjoint alphabets (no match at all,
// so a plain recursion branches at every step), and a string against a
// rotated copy of itself.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(61, 67))
	const n = 1000
	genText := func(letters string) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return string(b)
	}
	alphabet := "abcdefghijklmnopqrstuvwxyz"
	rotated := genText(alphabet)
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"text1": genText(alphabet), "text2": genText(alphabet)}},
		{Name: "large-two-letters", Input: map[string]any{"text1": genText("ab"), "text2": genText("ab")}},
		{Name: "large-disjoint-alphabets", Input: map[string]any{"text1": genText("abcdefghijklm"), "text2": genText("nopqrstuvwxyz")}},
		{Name: "large-rotation", Input: map[string]any{"text1": rotated, "text2": rotated[n/3:] + rotated[:n/3]}},
		{Name: "large-one-repeated-letter", Input: map[string]any{"text1": strings.Repeat("e", n), "text2": genText("aeiou")}},
	}
}

// sized is two random strings of length n over disjoint halves of the
// alphabet: no letter matches, so a recursion without memory branches at
// every step, while the table still fills all n^2 cells.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(61, uint64(n)))
	genText := func(letters string) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return string(b)
	}
	return map[string]any{"text1": genText("abcdefghijklm"), "text2": genText("nopqrstuvwxyz")}
}
