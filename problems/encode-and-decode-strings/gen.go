//go:build ignore

package main

import "math/rand/v2"

// genFrom makes count strings of length lo..hi drawn from chars.
func genFrom(r *rand.Rand, count, lo, hi int, chars []rune) []string {
	out := make([]string, count)
	for i := range out {
		s := make([]rune, lo+r.IntN(hi-lo+1))
		for j := range s {
			s[j] = chars[r.IntN(len(chars))]
		}
		out[i] = string(s)
	}
	return out
}

// genAll is every one of the 256 characters the strings may hold.
func genAll() []rune {
	all := make([]rune, 256)
	for i := range all {
		all[i] = rune(i)
	}
	return all
}

// generate builds lists at the limits, 200 strings of up to 200
// characters: random text over all 256 characters, text made only of the
// characters encoders like to use as separators or length markers, strings
// that look like a length-prefixed encoding themselves, long digit runs,
// all-empty strings, and one string of every length from 0 to 199.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(271, 200))
	seps := []rune("#,;:|/\\ \x00\n\t\"'")
	digits := []rune("0123456789#")

	lookalike := make([]string, 200)
	for i := range lookalike {
		body := string(genFrom(r, 1, 0, 20, []rune("abc#0123456789"))[0])
		lookalike[i] = string(rune('0'+r.IntN(10))) + "#" + body
	}
	empty := make([]string, 200)
	everyLength := make([]string, 200)
	for i := range everyLength {
		everyLength[i] = string(genFrom(r, 1, i, i, digits)[0])
	}

	return []GenCase{
		{Name: "large-random-all-characters", Input: map[string]any{"strs": genFrom(r, 200, 200, 200, genAll())}},
		{Name: "large-random-lengths-all-characters", Input: map[string]any{"strs": genFrom(r, 200, 0, 200, genAll())}},
		{Name: "large-separator-characters", Input: map[string]any{"strs": genFrom(r, 200, 0, 200, seps)}},
		{Name: "large-digits-and-hash", Input: map[string]any{"strs": genFrom(r, 200, 200, 200, digits)}},
		{Name: "large-lookalike-encodings", Input: map[string]any{"strs": lookalike}},
		{Name: "large-all-empty", Input: map[string]any{"strs": empty}},
		{Name: "large-every-length", Input: map[string]any{"strs": everyLength}},
		{Name: "large-one-string", Input: map[string]any{"strs": genFrom(r, 1, 200, 200, genAll())}},
	}
}

// sized is n strings of 10 characters from digits, '#' and other
// separators: the text to encode and decode grows as 10n.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(271, uint64(n)))
	return map[string]any{"strs": genFrom(r, n, 10, 10, []rune("0123456789#,|/ "))}
}
