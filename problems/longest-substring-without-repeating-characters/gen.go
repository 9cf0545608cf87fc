//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum length: random printable text, one
// character repeated, every printable character cycled, mirrored blocks that
// pull a stale last position behind the window's start, and text over a
// small alphabet with the only full-alphabet run at the very end.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(12, 34))
	const n = 50000
	var genPrintable []byte
	for c := byte(' '); c <= '~'; c++ {
		genPrintable = append(genPrintable, c)
	}
	random := make([]byte, n)
	for i := range random {
		random[i] = genPrintable[r.IntN(len(genPrintable))]
	}

	var cycle []byte
	for len(cycle) < n {
		cycle = append(cycle, genPrintable...)
	}
	cycle = cycle[:n]

	// Blocks "abc...xyz" followed by their mirror "zyx...cba", over and over.
	var mirrored []byte
	const genLetters = "abcdefghijklmnopqrstuvwxyz"
	for len(mirrored) < n {
		k := 2 + r.IntN(len(genLetters)-1)
		block := []byte(genLetters[:k])
		r.Shuffle(k, func(a, b int) { block[a], block[b] = block[b], block[a] })
		mirrored = append(mirrored, block...)
		for i := k - 1; i >= 0; i-- {
			mirrored = append(mirrored, block[i])
		}
	}
	mirrored = mirrored[:n]

	tail := make([]byte, 0, n)
	for len(tail) < n-len(genPrintable) {
		tail = append(tail, "ab "[r.IntN(3)])
	}
	shuffled := append([]byte(nil), genPrintable...)
	r.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
	tail = append(tail, shuffled...)

	return []GenCase{
		{Name: "large-random-printable", Input: map[string]any{"s": string(random)}},
		{Name: "large-one-character", Input: map[string]any{"s": strings.Repeat(" ", n)}},
		{Name: "large-printable-cycle", Input: map[string]any{"s": string(cycle)}},
		{Name: "large-mirrored-blocks", Input: map[string]any{"s": string(mirrored)}},
		{Name: "large-full-run-at-end", Input: map[string]any{"s": string(tail)}},
	}
}

// sized is n characters made of shuffled copies of all 95 printable
// characters: the window stays long, so a scan restarted at every position
// costs about 95 steps each.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(12, uint64(n)))
	var block []byte
	for c := byte(' '); c <= '~'; c++ {
		block = append(block, c)
	}
	s := make([]byte, 0, n+len(block))
	for len(s) < n {
		r.Shuffle(len(block), func(a, b int) { block[a], block[b] = block[b], block[a] })
		s = append(s, block...)
	}
	return map[string]any{"s": string(s[:n])}
}
