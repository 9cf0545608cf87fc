//go:build ignore

package main

import "math/rand/v2"

// generate builds the maximum number of words: long words that are all in
// different groups (so comparing against every group found so far does
// n^2/2 full comparisons), many shuffled copies of a few words, and a mass of
// very short words, including empty ones.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(3, 5))
	const n = 10000
	genWord := func(length, letters int) []byte {
		w := make([]byte, length)
		for i := range w {
			w[i] = byte('a' + r.IntN(letters))
		}
		return w
	}

	// Distinct groups: every word holds the same letters except one 'a'
	// turned into a letter chosen by i, so words differ in their counts only
	// near the end of the alphabet.
	distinct := make([]string, n)
	for i := range distinct {
		w := genWord(100, 26)
		w[0] = 'a'
		w[1] = byte('a' + i%26)
		w[2] = byte('a' + i/26%26)
		w[3] = byte('a' + i/676%26)
		r.Shuffle(len(w), func(a, b int) { w[a], w[b] = w[b], w[a] })
		distinct[i] = string(w)
	}

	bases := make([][]byte, 50)
	for i := range bases {
		bases[i] = genWord(30+i, 26)
	}
	few := make([]string, n)
	for i := range few {
		w := append([]byte(nil), bases[r.IntN(len(bases))]...)
		r.Shuffle(len(w), func(a, b int) { w[a], w[b] = w[b], w[a] })
		few[i] = string(w)
	}

	short := make([]string, n)
	for i := range short {
		short[i] = string(genWord(r.IntN(5), 3))
	}
	return []GenCase{
		{Name: "large-long-words-distinct-groups", Input: map[string]any{"strs": distinct}},
		{Name: "large-fifty-groups-shuffled", Input: map[string]any{"strs": few}},
		{Name: "large-short-words-few-letters", Input: map[string]any{"strs": short}},
	}
}

// sized builds n words of the maximum length, 100 letters, in groups of
// eight: n/8 random base words (their letter counts all differ, a repeat
// being astronomically unlikely), each shuffled eight times, the whole list
// in random order. A solution that compares each word with every group found
// so far does about n^2/16 full comparisons; the map of the counting
// solution stays small enough that its growth is not mistaken for a worse
// class.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(3, uint64(n)))
	strs := make([]string, 0, n)
	w := make([]byte, 100)
	for len(strs) < n {
		for j := range w {
			w[j] = byte('a' + r.IntN(26))
		}
		for k := 0; k < 8 && len(strs) < n; k++ {
			r.Shuffle(len(w), func(a, b int) { w[a], w[b] = w[b], w[a] })
			strs = append(strs, string(w))
		}
	}
	r.Shuffle(len(strs), func(a, b int) { strs[a], strs[b] = strs[b], strs[a] })
	return map[string]any{"strs": strs}
}
