//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// genMerge shuffles a and b together at random, keeping each one's order.
func genMerge(r *rand.Rand, a, b string) string {
	out := make([]byte, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if j == len(b) || (i < len(a) && r.IntN(2) == 0) {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	return string(out)
}

// genText returns n random letters from the given alphabet.
func genText(r *rand.Rand, n int, letters string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[r.IntN(len(letters))]
	}
	return string(b)
}

// generate builds cases at the maximum lengths, 100, 100 and 200: one letter
// everywhere with a wrong last letter (every path fails at the very end, so
// a search without memory walks them all), one letter everywhere (true),
// random two-letter strings merged at random (true, with many ties), the
// same with two neighbouring letters of s3 swapped, repeated "ab" blocks,
// and an s3 one letter short.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(97, 1))
	a100 := strings.Repeat("a", 100)
	s1, s2 := genText(r, 100, "ab"), genText(r, 100, "ab")
	merged := genMerge(r, s1, s2)
	swapped := []byte(genMerge(r, s1, s2))
	for k := 100; k+1 < len(swapped); k++ {
		if swapped[k] != swapped[k+1] {
			swapped[k], swapped[k+1] = swapped[k+1], swapped[k]
			break
		}
	}
	ab := strings.Repeat("ab", 50)
	w1, w2 := genText(r, 100, "abcdefghijklmnopqrstuvwxyz"), genText(r, 100, "abcdefghijklmnopqrstuvwxyz")
	return []GenCase{
		{Name: "large-one-letter-wrong-end", Input: map[string]any{"s1": a100, "s2": a100, "s3": strings.Repeat("a", 199) + "b"}},
		{Name: "large-one-letter", Input: map[string]any{"s1": a100, "s2": a100, "s3": strings.Repeat("a", 200)}},
		{Name: "large-two-letters-merged", Input: map[string]any{"s1": s1, "s2": s2, "s3": merged}},
		{Name: "large-two-letters-swapped-pair", Input: map[string]any{"s1": s1, "s2": s2, "s3": string(swapped)}},
		{Name: "large-ab-blocks", Input: map[string]any{"s1": ab, "s2": ab, "s3": genMerge(r, ab, ab)}},
		{Name: "large-ab-blocks-wrong-end", Input: map[string]any{"s1": ab, "s2": ab, "s3": strings.Repeat("ab", 99) + "ba"}},
		{Name: "large-random-letters", Input: map[string]any{"s1": w1, "s2": w2, "s3": genMerge(r, w1, w2)}},
		{Name: "large-s3-one-short", Input: map[string]any{"s1": w1, "s2": w2, "s3": genMerge(r, w1, w2)[1:]}},
	}
}

// sized gives s1 and s2 of n a's each and an s3 of 2n-1 a's ending in b: the
// table fills all (n+1)^2 cells before finding the mismatch, and a search
// without memory tries every order of the a's.
func sized(n int) map[string]any {
	a := strings.Repeat("a", n)
	return map[string]any{"s1": a, "s2": a, "s3": strings.Repeat("a", 2*n-1) + "b"}
}
