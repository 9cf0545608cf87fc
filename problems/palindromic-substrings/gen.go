//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum length, 1000: one letter throughout
// (every substring is a palindrome), random letters, two random letters, a
// strict alternation of two letters, a cycle through the alphabet (no
// palindrome longer than one letter), and a long palindrome of random
// letters written forwards then backwards.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(647, 1))
	const n = 1000
	genRandom := func(letters string, size int) string {
		b := make([]byte, size)
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		return string(b)
	}
	const alphabet = "abcdefghijklmnopqrstuvwxyz"
	half := []byte(genRandom(alphabet, n/2))
	mirror := make([]byte, 0, n)
	mirror = append(mirror, half...)
	for i := len(half) - 1; i >= 0; i-- {
		mirror = append(mirror, half[i])
	}
	return []GenCase{
		{Name: "large-one-letter", Input: map[string]any{"s": strings.Repeat("z", n)}},
		{Name: "large-random", Input: map[string]any{"s": genRandom(alphabet, n)}},
		{Name: "large-two-letters", Input: map[string]any{"s": genRandom("ab", n)}},
		{Name: "large-alternating", Input: map[string]any{"s": strings.Repeat("ab", n/2)}},
		{Name: "large-alphabet-cycle", Input: map[string]any{"s": strings.Repeat(alphabet, n/len(alphabet)+1)[:n]}},
		{Name: "large-mirrored", Input: map[string]any{"s": string(mirror)}},
	}
}

// sized is one letter repeated n times: every centre expands to an end of
// the string, about n^2/2 steps in all, and every substring is a palindrome.
func sized(n int) map[string]any {
	return map[string]any{"s": strings.Repeat("a", n)}
}
