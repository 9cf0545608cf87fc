//go:build ignore

package main

import "math/rand/v2"

// genLetters is n random letters drawn from alphabet.
func genLetters(r *rand.Rand, alphabet string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[r.IntN(len(alphabet))]
	}
	return string(b)
}

// genOrder is k distinct letters in a random order.
func genOrder(r *rand.Rand, k int) string {
	b := []byte("abcdefghijklmnopqrstuvwxyz")
	r.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
	return string(b[:k])
}

// generate builds strings of the maximum length, 200: every letter listed,
// half of them listed, one listed letter among many unlisted ones, none of
// the letters of s listed, and s already sorted backwards by order.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(791, 200))
	const n = 200
	const abc = "abcdefghijklmnopqrstuvwxyz"
	full := genOrder(r, 26)
	half := genOrder(r, 13)
	backwards := make([]byte, n)
	for i := range backwards {
		backwards[i] = full[25-i*26/n]
	}
	return []GenCase{
		{Name: "large-full-order", Input: map[string]any{"order": full, "s": genLetters(r, abc, n)}},
		{Name: "large-half-listed", Input: map[string]any{"order": half, "s": genLetters(r, abc, n)}},
		{Name: "large-one-listed", Input: map[string]any{"order": "m", "s": genLetters(r, "mxyz", n)}},
		{Name: "large-none-listed", Input: map[string]any{"order": "abc", "s": genLetters(r, "defghij", n)}},
		{Name: "large-backwards", Input: map[string]any{"order": full, "s": string(backwards)}},
	}
}

// sized builds s of n random letters and an order listing half the
// alphabet, so both the listed and the unlisted letters are many.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(791, uint64(n)))
	return map[string]any{"order": genOrder(r, 13), "s": genLetters(r, "abcdefghijklmnopqrstuvwxyz", n)}
}
