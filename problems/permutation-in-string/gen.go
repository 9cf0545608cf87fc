//go:build ignore

package main

import "math/rand/v2"

// genLetters returns n random letters from the first m of the alphabet.
func genLetters(r *rand.Rand, n, m int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + r.IntN(m))
	}
	return b
}

// genShuffled returns the letters of s in a random order.
func genShuffled(r *rand.Rand, s []byte) []byte {
	b := append([]byte(nil), s...)
	r.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
	return b
}

// genNoMatch returns s1 of m letters holding one z and s2 of n letters from
// a to y: no window can match, so every window is examined.
func genNoMatch(r *rand.Rand, m, n int) (string, string) {
	s1 := genLetters(r, m, 25)
	s1[r.IntN(m)] = 'z'
	return string(s1), string(genLetters(r, n, 25))
}

// generate builds strings at the maximum lengths: half-length s1 with no
// match (5001 windows of 5000 letters), a match only in the last window, a
// short s1 whose one match is at the very end, s1 longer than s2, and two
// rearrangements of equal length.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(53, 59))
	const n = 10000
	noA, noB := genNoMatch(r, n/2, n)

	endS1 := genLetters(r, n/2, 25)
	endS1[0] = 'z'
	endS2 := append(genLetters(r, n/2, 25), genShuffled(r, endS1)...)

	short := make([]byte, n)
	for i := range short {
		short[i] = 'a'
	}
	short[n-1] = 'b'

	long1 := genLetters(r, n, 26)
	long2 := genLetters(r, n-1, 26)

	same1 := genLetters(r, n, 26)
	same2 := genShuffled(r, same1)

	return []GenCase{
		{Name: "large-no-match", Input: map[string]any{"s1": noA, "s2": noB}},
		{Name: "large-match-in-last-window", Input: map[string]any{"s1": string(endS1), "s2": string(endS2)}},
		{Name: "large-short-s1-match-at-end", Input: map[string]any{"s1": "ba", "s2": string(short)}},
		{Name: "large-s1-longer", Input: map[string]any{"s1": string(long1), "s2": string(long2)}},
		{Name: "large-equal-length-rearranged", Input: map[string]any{"s1": string(same1), "s2": string(same2)}},
	}
}

// sized builds s2 of n letters and s1 of n/2 letters with no match: the
// window slides the whole way, and sorting every window costs
// O(n^2 log n).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(53, uint64(n)))
	s1, s2 := genNoMatch(r, n/2, n)
	return map[string]any{"s1": s1, "s2": s2}
}
