//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum length: one letter repeated (a
// search for each letter's partner walks past everything already matched),
// a shuffled copy, a copy with one letter changed, copies differing by
// letters whose codes sum alike, and strings one letter apart in length.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(77, 78))
	const n = 50000
	genShuffled := func(b []byte) []byte {
		c := append([]byte(nil), b...)
		r.Shuffle(len(c), func(i, j int) { c[i], c[j] = c[j], c[i] })
		return c
	}
	s := make([]byte, n)
	for i := range s {
		s[i] = byte('a' + r.IntN(26))
	}
	perm := genShuffled(s)

	oneOff := genShuffled(s)
	oneOff[n-1] = byte('a' + (int(oneOff[n-1]-'a')+1)%26)

	// Replace one "a" and one "d" by "b" and "c": the same total of codes.
	sumTrap := append([]byte("ad"), genShuffled(s[2:])...)
	sumTwin := append([]byte(nil), sumTrap...)
	sumTwin[0], sumTwin[1] = 'b', 'c'
	sumTwin = genShuffled(sumTwin)

	half := strings.Repeat("x", n/2) + strings.Repeat("y", n/2)
	halfSwapped := strings.Repeat("y", n/2) + strings.Repeat("x", n/2)
	return []GenCase{
		{Name: "large-one-letter", Input: map[string]any{"s": strings.Repeat("a", n), "t": strings.Repeat("a", n)}},
		{Name: "large-two-runs-swapped", Input: map[string]any{"s": half, "t": halfSwapped}},
		{Name: "large-shuffled-copy", Input: map[string]any{"s": string(s), "t": string(perm)}},
		{Name: "large-one-letter-changed", Input: map[string]any{"s": string(s), "t": string(oneOff)}},
		{Name: "large-equal-letter-sums", Input: map[string]any{"s": string(sumTrap), "t": string(sumTwin)}},
		{Name: "large-one-letter-missing", Input: map[string]any{"s": string(s), "t": string(perm[:n-1])}},
	}
}

// sized builds two random strings of n letters, one a shuffle of the other:
// the answer is true only after every letter is counted, and a search for
// each letter's partner walks past about as many used letters as it has
// matched so far.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(77, uint64(n)))
	s := make([]byte, n)
	for i := range s {
		s[i] = byte('a' + r.IntN(26))
	}
	t := append([]byte(nil), s...)
	r.Shuffle(n, func(i, j int) { t[i], t[j] = t[j], t[i] })
	return map[string]any{"s": string(s), "t": string(t)}
}
