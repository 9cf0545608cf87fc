//go:build ignore

package main

import (
	"math/rand/v2"
	"sort"
	"strings"
)

// genWords makes d distinct random words of 1 to 10 letters, their letters
// drawn from the first `letters` of the alphabet (few letters: many shared
// prefixes).
func genWords(r *rand.Rand, d, letters int) []string {
	seen := map[string]bool{}
	out := make([]string, 0, d)
	for len(out) < d {
		b := make([]byte, 1+r.IntN(10))
		for i := range b {
			b[i] = byte('a' + r.IntN(letters))
		}
		if w := string(b); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// genDraw writes n words drawn at random from pool.
func genDraw(r *rand.Rand, pool []string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = pool[r.IntN(len(pool))]
	}
	return out
}

// generate builds lists of the maximum 500 words: drawn at random from a
// small pool (many ties in count), one word repeated, 500 distinct words
// (the answer is pure dictionary order), words that are prefixes of each
// other with equal counts, and pairs of words with the cut falling inside a
// tie.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(692, 500))
	const n = 500
	input := func(words []string, k int) map[string]any {
		return map[string]any{"words": words, "k": k}
	}

	pool := genWords(r, 40, 3)
	random := genDraw(r, pool, n)

	same := make([]string, n)
	for i := range same {
		same[i] = "abcdefghij"
	}

	distinct := genWords(r, n, 26)

	// a, aa, ..., aaaaaaaaaa and b, bb, ..., each repeated equally.
	var prefixes []string
	for _, c := range "abcde" {
		for l := 1; l <= 10; l++ {
			prefixes = append(prefixes, strings.Repeat(string(c), l))
		}
	}
	var prefixWords []string
	for len(prefixWords) < n {
		prefixWords = append(prefixWords, prefixes...)
	}
	prefixWords = prefixWords[:n]
	r.Shuffle(len(prefixWords), func(i, j int) { prefixWords[i], prefixWords[j] = prefixWords[j], prefixWords[i] })

	pairs := genWords(r, n/2, 26)
	pairWords := append(append([]string{}, pairs...), pairs...)
	r.Shuffle(len(pairWords), func(i, j int) { pairWords[i], pairWords[j] = pairWords[j], pairWords[i] })

	// Counts 1..31 over 31 words, the most frequent last alphabetically.
	var stair []string
	names := genWords(r, 31, 26)
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	for i, w := range names {
		for range i + 1 {
			stair = append(stair, w)
		}
	}
	stair = append(stair, genDraw(r, names, n-len(stair))...)
	r.Shuffle(len(stair), func(i, j int) { stair[i], stair[j] = stair[j], stair[i] })

	return []GenCase{
		{Name: "large-random-small-pool", Input: input(random, 17)},
		{Name: "large-one-word", Input: input(same, 1)},
		{Name: "large-all-distinct-k-all", Input: input(distinct, n)},
		{Name: "large-all-distinct-k-half", Input: input(distinct, n/2)},
		{Name: "large-prefix-family", Input: input(prefixWords, 23)},
		{Name: "large-pairs-cut-in-tie", Input: input(pairWords, 125)},
		{Name: "large-staircase-counts", Input: input(stair, 31)},
	}
}

// sized draws n words from n/4 distinct ones, with k = n/16: counting is
// linear and the heap of k words costs O(log k) per distinct word.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(692, uint64(n)))
	pool := genWords(r, max(1, n/4), 26)
	return map[string]any{"words": genDraw(r, pool, n), "k": max(1, n/16)}
}
