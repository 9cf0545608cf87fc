//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

const genN = 500

// genRandom is n random lowercase letters from the first k of the alphabet.
func genRandom(r *rand.Rand, n, k int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('a' + r.IntN(k))
	}
	return string(b)
}

// generate builds strings of the maximum length: random letters (one big
// piece), 26 shuffled blocks (26 pieces of uneven lengths), blocks whose
// ends overlap their neighbours' (chains that merge), the alphabet followed
// by one letter repeated, and a single letter.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(47, 53))
	var blocks strings.Builder
	letters := []byte("abcdefghijklmnopqrstuvwxyz")
	r.Shuffle(len(letters), func(i, j int) { letters[i], letters[j] = letters[j], letters[i] })
	for i, c := range letters {
		size := 1 + r.IntN(37)
		if i == len(letters)-1 {
			size = genN - blocks.Len()
		}
		blocks.WriteString(strings.Repeat(string(c), size))
	}
	// Pieces of 20 letters, each shuffled, with the first letter of each
	// piece after the first borrowed from the previous piece: every piece
	// stretches into the next.
	var chain strings.Builder
	for p := 0; chain.Len() < genN; p++ {
		c := byte('a' + p%26)
		piece := []byte(strings.Repeat(string(c), 19) + string(byte('a'+(p+1)%26)))
		r.Shuffle(len(piece), func(i, j int) { piece[i], piece[j] = piece[j], piece[i] })
		chain.Write(piece)
	}
	tail := "abcdefghijklmnopqrstuvwxyz" + strings.Repeat("z", genN-26)
	// Piece sizes 1..k with a fresh letter each time, until the string is
	// full: many short pieces, then one long one.
	var stairs strings.Builder
	for k := 0; k < 25; k++ {
		stairs.WriteString(strings.Repeat(string(byte('a'+k)), k%3+1))
	}
	stairs.WriteString(strings.Repeat("z", genN-stairs.Len()))
	return []GenCase{
		{Name: "large-random", Input: map[string]any{"s": genRandom(r, genN, 26)}},
		{Name: "large-random-few-letters", Input: map[string]any{"s": genRandom(r, genN, 3)}},
		{Name: "large-shuffled-blocks", Input: map[string]any{"s": blocks.String()}},
		{Name: "large-chained-pieces", Input: map[string]any{"s": chain.String()[:genN]}},
		{Name: "large-alphabet-then-repeat", Input: map[string]any{"s": tail}},
		{Name: "large-short-pieces-then-long", Input: map[string]any{"s": stairs.String()}},
		{Name: "large-one-letter", Input: map[string]any{"s": strings.Repeat("q", genN)}},
	}
}

// sized is n random letters: two linear passes for the reference whatever
// the letters.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(47, uint64(n)))
	return map[string]any{"s": genRandom(r, n, 26)}
}
