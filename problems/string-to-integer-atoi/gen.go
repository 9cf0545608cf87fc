//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum 200 characters: many spaces before
// a number, 190 leading zeros before a small one, 200 digits (far past any
// integer type), a negative one of 199 digits, digits running into random
// trailing text, and random text with no number.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(8, 200))
	const n = 200
	genDigits := func(k int) string {
		b := make([]byte, k)
		for i := range b {
			b[i] = byte('0' + r.IntN(10))
		}
		b[0] = byte('1' + r.IntN(9))
		return string(b)
	}
	const junk = "abcXYZ .+-"
	genJunk := func(k int) string {
		b := make([]byte, k)
		for i := range b {
			b[i] = junk[r.IntN(len(junk))]
		}
		return string(b)
	}
	input := func(s string) map[string]any { return map[string]any{"s": s} }
	return []GenCase{
		{Name: "large-spaces-then-number", Input: input(strings.Repeat(" ", n-11) + "-1234567890")},
		{Name: "large-leading-zeros", Input: input("+" + strings.Repeat("0", n-10) + "214748364")},
		{Name: "large-leading-zeros-at-bound", Input: input("-" + strings.Repeat("0", n-11) + "2147483648")},
		{Name: "large-all-digits", Input: input(genDigits(n))},
		{Name: "large-negative-digits", Input: input("-" + genDigits(n-1))},
		{Name: "large-digits-then-junk", Input: input("  " + genDigits(8) + genJunk(n-10))},
		{Name: "large-junk-first", Input: input("x" + genDigits(n-1))},
		{Name: "large-all-spaces", Input: input(strings.Repeat(" ", n))},
	}
}

// sized is n/2 spaces, a minus sign, zeros up to length n-3, and "42": every
// character is read.
func sized(n int) map[string]any {
	return map[string]any{"s": strings.Repeat(" ", n/2) + "-" + strings.Repeat("0", n-n/2-3) + "42"}
}
