//go:build ignore

package main

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// genWord is n random lowercase letters.
func genWord(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + r.IntN(26))
	}
	return string(b)
}

// generate builds inputs at the limits: 20-letter words against 10-character
// abbreviations, valid and invalid, with long numbers, many short ones, and
// a number as large as a 32-bit integer gets.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(408, 1))
	w := genWord(r, 20)
	all := strings.Repeat("z", 20)
	return []GenCase{
		{Name: "large-ends-and-middle", Input: map[string]any{"word": w, "abbr": w[:1] + "9" + w[10:11] + "8" + w[19:]}},
		{Name: "large-alternating-ones-short", Input: map[string]any{"word": w, "abbr": "1" + w[1:2] + "1" + w[3:4] + "1" + w[5:6] + "1" + w[7:8] + "12"}},
		{Name: "large-number-too-long", Input: map[string]any{"word": w, "abbr": w[:2] + "19"}},
		{Name: "large-int32-max", Input: map[string]any{"word": w, "abbr": "2147483647"}},
		{Name: "large-same-letter-leading-zero", Input: map[string]any{"word": all, "abbr": "z018z"}},
		{Name: "large-same-letter-valid", Input: map[string]any{"word": all, "abbr": "zz" + strconv.Itoa(16) + "zz"}},
		{Name: "large-last-letter-wrong", Input: map[string]any{"word": all, "abbr": "19y"}},
	}
}

// sized is an n-letter word and the abbreviation that keeps every other
// letter and writes 1 for the rest (n characters), so both strings are read
// to the end.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(uint64(n), 408))
	w := genWord(r, n)
	a := []byte(w)
	for i := 0; i < n; i += 2 {
		a[i] = '1'
	}
	return map[string]any{"word": w, "abbr": string(a)}
}
