//go:build ignore

package main

import (
	"math/rand/v2"
	"slices"
)

// genAlphabet is a random ordering of the 26 letters: rank[c] is the
// place of letter c.
func genAlphabet(r *rand.Rand) (rank [26]int) {
	for i, c := range r.Perm(26) {
		rank[c] = i
	}
	return rank
}

// genSorted sorts words as a dictionary of the alphabet rank would.
func genSorted(words []string, rank [26]int) []string {
	slices.SortFunc(words, func(a, b string) int {
		for i := 0; i < len(a) && i < len(b); i++ {
			if a[i] != b[i] {
				return rank[a[i]-'a'] - rank[b[i]-'a']
			}
		}
		return len(a) - len(b)
	})
	return words
}

// genWords makes count random words of length lo..hi over the first
// letters letters of the alphabet.
func genWords(r *rand.Rand, count, lo, hi, letters int) []string {
	out := make([]string, count)
	for i := range out {
		w := make([]byte, lo+r.IntN(hi-lo+1))
		for j := range w {
			w[j] = byte('a' + r.IntN(letters))
		}
		out[i] = string(w)
	}
	return out
}

// generate builds dictionaries at the limits (100 words of up to 100
// letters): sorted under a random alphabet; under the reversed alphabet,
// with every letter as a one-letter word too, so the order is forced and
// late in any enumeration of orderings; all words sharing a 99-letter
// prefix; one word repeated; and sorted lists spoiled at the very end by
// a word that closes a cycle or by a proper prefix of the last word.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(269, 100))
	var cases []GenCase
	add := func(name string, words []string) {
		cases = append(cases, GenCase{Name: name, Input: map[string]any{"words": words}})
	}

	add("large-random-alphabet", genSorted(genWords(r, 100, 1, 100, 26), genAlphabet(r)))
	add("large-random-short-words", genSorted(genWords(r, 100, 1, 3, 26), genAlphabet(r)))

	var reversed [26]int
	for c := range reversed {
		reversed[c] = 25 - c
	}
	forced := genWords(r, 74, 50, 100, 26)
	for c := 0; c < 26; c++ {
		forced = append(forced, string(rune('a'+c)))
	}
	add("large-reversed-alphabet-forced", genSorted(forced, reversed))

	prefix := genWords(r, 1, 99, 99, 26)[0]
	shared := make([]string, 100)
	for i := range shared {
		shared[i] = prefix + string(rune('a'+r.IntN(26)))
	}
	add("large-shared-long-prefix", genSorted(shared, genAlphabet(r)))

	same := make([]string, 100)
	word := genWords(r, 1, 100, 100, 26)[0]
	for i := range same {
		same[i] = word
	}
	add("large-one-word-repeated", same)

	cyc := genSorted(genWords(r, 99, 1, 100, 26), genAlphabet(r))
	for cyc[0] == cyc[98] || len(cyc[0]) < len(cyc[98]) && cyc[98][:len(cyc[0])] == cyc[0] {
		cyc = genSorted(genWords(r, 99, 1, 100, 26), genAlphabet(r))
	}
	add("large-cycle-at-the-end", append(cyc, cyc[0]))

	pre := genSorted(genWords(r, 99, 2, 100, 26), genAlphabet(r))
	last := pre[98]
	add("large-prefix-after-word-at-the-end", append(pre, last[:len(last)-1]))

	return cases
}

// sized is n words of 10 letters sorted under a random alphabet: C = 10n
// letters to read, 26 letters in the graph.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(269, uint64(n)))
	return map[string]any{"words": genSorted(genWords(r, n, 10, 10, 26), genAlphabet(r))}
}
