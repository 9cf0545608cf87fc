//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum length with large dictionaries:
// "aaa...ab" against runs of a (unsolvable, with exponentially many partial
// cuttings), a string glued from words over a two-letter alphabet (many
// overlapping words), the same string with its last letter changed so that
// it cannot be cut, and a run of a that only fits blocks of 19 and 20.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(53, 59))
	const n = 300
	// genWord returns a random word over letters with a length in [lo, hi]
	// that is not in seen yet, and records it.
	genWord := func(letters string, lo, hi int, seen map[string]bool) string {
		for {
			b := make([]byte, lo+r.IntN(hi-lo+1))
			for i := range b {
				b[i] = letters[r.IntN(len(letters))]
			}
			if w := string(b); !seen[w] {
				seen[w] = true
				return w
			}
		}
	}
	genShuffle := func(words []string) []string {
		r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
		return words
	}

	seen := map[string]bool{}
	trapDict := []string{}
	for k := 1; k <= 20; k++ {
		trapDict = append(trapDict, strings.Repeat("a", k))
		seen[trapDict[k-1]] = true
	}
	for len(trapDict) < 1000 {
		trapDict = append(trapDict, genWord("cdefghijklmnopqrstuvwxyz", 1, 20, seen))
	}
	genShuffle(trapDict)
	trap := strings.Repeat("a", n-1) + "b"

	// Words of 3 to 20 letters over {a, b}; the string is glued from them,
	// its last one or two pieces made to measure so it has exactly n letters.
	seen = map[string]bool{}
	abDict := []string{}
	for len(abDict) < 990 {
		abDict = append(abDict, genWord("ab", 3, 20, seen))
	}
	var sb strings.Builder
	for n-sb.Len() >= 23 {
		sb.WriteString(abDict[r.IntN(len(abDict))])
	}
	for rest := n - sb.Len(); rest > 0; rest = n - sb.Len() {
		size := rest
		if size > 20 {
			size = 10
		}
		w := genWord("ab", size, size, seen)
		abDict = append(abDict, w)
		sb.WriteString(w)
	}
	for len(abDict) < 1000 {
		abDict = append(abDict, genWord("ab", 3, 20, seen))
	}
	genShuffle(abDict)
	glued := sb.String()
	broken := glued[:n-1] + "c"

	blocks := []string{strings.Repeat("a", 19), strings.Repeat("a", 20)}

	return []GenCase{
		{Name: "large-exponential-trap", Input: map[string]any{"s": trap, "wordDict": trapDict}},
		{Name: "large-two-letter-words", Input: map[string]any{"s": glued, "wordDict": abDict}},
		{Name: "large-two-letter-words-broken-end", Input: map[string]any{"s": broken, "wordDict": abDict}},
		{Name: "large-blocks-19-and-20", Input: map[string]any{"s": strings.Repeat("a", n-1), "wordDict": blocks}},
	}
}

// sized builds "aaa...ab" of length n against the words "a" to "aaaa" and
// sixteen 20-letter words that never occur: every prefix of a's can be cut,
// in about 1.9^n ways, so a search without memory tries them all, and the
// table tries all 20 piece lengths at each position before a short one fits.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(53, 61))
	dict := []string{"a", "aa", "aaa", "aaaa"}
	seen := map[string]bool{}
	for len(dict) < 20 {
		b := make([]byte, 20)
		for i := range b {
			b[i] = byte('c' + r.IntN(24))
		}
		if w := string(b); !seen[w] {
			seen[w] = true
			dict = append(dict, w)
		}
	}
	return map[string]any{"s": strings.Repeat("a", n-1) + "b", "wordDict": dict}
}
