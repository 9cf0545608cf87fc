//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds inputs of the maximum sizes. Each covering window is long
// or rare, so extending a window from every start costs O(m^2): a run of one
// letter whose only partner is the last character, a t that needs all of s,
// a t that no window covers, and a window pinned by three capitals that occur
// once each. Every shortest window is unique.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(10, 20))
	const m = 100000
	const genLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	genRandom := func(n int, alphabet string) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		return b
	}
	genShuffle := func(b []byte) []byte {
		c := append([]byte(nil), b...)
		r.Shuffle(len(c), func(i, j int) { c[i], c[j] = c[j], c[i] })
		return c
	}

	all := genRandom(m, genLetters)

	// No window: t asks for more Q's than s holds.
	noWindow := genRandom(m, genLetters)
	q := strings.Count(string(noWindow), "Q")

	// A window pinned by X, Y and Z, which occur nowhere else; the lowercase
	// part of t is drawn from inside the window, so the window covers t.
	pinned := genRandom(m, "abcdefghijklmnopqrstuvw")
	p := 30000 + r.IntN(20000)
	pinned[p], pinned[p+7000], pinned[p+20000] = 'X', 'Y', 'Z'
	inside := genShuffle(pinned[p+1 : p+20000])
	pinnedT := "XYZ" + strings.ReplaceAll(strings.ReplaceAll(string(inside[:5000]), "X", ""), "Y", "")

	// t is 50000 copies of one letter that s holds exactly 50000 times, in
	// one block between two long runs of another letter.
	block := strings.Repeat("b", m/4) + strings.Repeat("a", m/2) + strings.Repeat("b", m/4)

	return []GenCase{
		{Name: "large-run-then-partner", Input: map[string]any{"s": strings.Repeat("a", m-1) + "b", "t": "ab"}},
		{Name: "large-t-is-shuffled-s", Input: map[string]any{"s": string(all), "t": string(genShuffle(all))}},
		{Name: "large-no-window", Input: map[string]any{"s": string(noWindow), "t": strings.Repeat("Q", q+1)}},
		{Name: "large-pinned-window", Input: map[string]any{"s": string(pinned), "t": pinnedT}},
		{Name: "large-many-copies-in-t", Input: map[string]any{"s": block, "t": strings.Repeat("a", m/2)}},
	}
}

// sized is s of n random lowercase letters ending in the only Z, with t
// "abcZ": every covering window ends at the last character, so extending a
// window from every start walks to the end each time (O(n^2)), while the
// sliding window crosses s once.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(10, uint64(n)))
	s := make([]byte, n)
	for i := range n - 1 {
		s[i] = byte('a' + r.IntN(25))
	}
	s[n-1] = 'Z'
	return map[string]any{"s": string(s), "t": "abcZ"}
}
