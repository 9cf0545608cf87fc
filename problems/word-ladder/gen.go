//go:build ignore

package main

import "math/rand/v2"

const genWords = 5000

// genCounting returns the ten-letter words for the numbers from..to-1
// written in base 26 ('a' is 0). Words of consecutive numbers mostly share
// all but their last letter, so the words form dense clusters: each word has
// up to 25 neighbours in its last letter and more in the letters before it.
func genCounting(from, to int) []string {
	words := make([]string, 0, to-from)
	for v := from; v < to; v++ {
		b := []byte("aaaaaaaaaa")
		for i, x := 9, v; x > 0; i, x = i-1, x/26 {
			b[i] = byte('a' + x%26)
		}
		words = append(words, string(b))
	}
	return words
}

// genStaircase is a ladder of ten-letter words in which step t raises one
// more letter: any two words that are not next to each other differ in at
// least two letters, so the only route is the whole staircase.
func genStaircase(steps int) []string {
	words := make([]string, 0, steps)
	for t := 1; t <= steps; t++ {
		q, r := t/10, t%10
		b := make([]byte, 10)
		for i := range b {
			b[i] = byte('a' + q)
			if i < r {
				b[i]++
			}
		}
		words = append(words, string(b))
	}
	return words
}

// generate builds dictionaries of 5,000 words: a dense cluster of ten-letter
// words whose end word is cut off (a search has to exhaust the cluster, and
// a depth-first search over every route never ends), the same cluster with
// the end word missing from the dictionary, a 249-step staircase hidden
// among a separate dense cluster, and random five-letter words over a small
// alphabet (a well-linked graph).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(127, 6))
	cutOff := append(genCounting(1, genWords), "zzzzzzzzzz")
	r.Shuffle(len(cutOff), func(i, j int) { cutOff[i], cutOff[j] = cutOff[j], cutOff[i] })
	missing := genCounting(1, genWords+1)
	stairs := genStaircase(249)
	// The decoys start with "zyxwvut", at least five letters away from any
	// staircase word.
	decoys := genCounting(0, genWords-len(stairs))
	for i, w := range decoys {
		decoys[i] = "zyxwvut" + w[7:]
	}
	hidden := append(stairs, decoys...)
	r.Shuffle(len(hidden), func(i, j int) { hidden[i], hidden[j] = hidden[j], hidden[i] })
	seen := map[string]bool{}
	var random []string
	for len(random) < genWords {
		b := make([]byte, 5)
		for i := range b {
			b[i] = byte('a' + r.IntN(6))
		}
		if w := string(b); !seen[w] {
			seen[w] = true
			random = append(random, w)
		}
	}
	return []GenCase{
		{Name: "large-dense-end-cut-off", Input: map[string]any{"beginWord": "aaaaaaaaaa", "endWord": "zzzzzzzzzz", "wordList": cutOff}},
		{Name: "large-dense-end-missing", Input: map[string]any{"beginWord": "aaaaaaaaaa", "endWord": "aaaaaaazzz", "wordList": missing}},
		{Name: "large-hidden-staircase", Input: map[string]any{"beginWord": "aaaaaaaaaa", "endWord": stairs[len(stairs)-1], "wordList": hidden}},
		{Name: "large-random-five-letters", Input: map[string]any{"beginWord": "aaaaa", "endWord": random[genWords-1], "wordList": random}},
	}
}

// sized is n five-letter words counting up from 1 in base 26 plus an end
// word no other word is near: the search exhausts all n words, each with
// many neighbours.
func sized(n int) map[string]any {
	words := genCounting(1, n)
	for i, w := range words {
		words[i] = w[5:]
	}
	words = append(words, "zzzzz")
	return map[string]any{"beginWord": "aaaaa", "endWord": "zzzzz", "wordList": words}
}
