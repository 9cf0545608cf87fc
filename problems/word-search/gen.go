//go:build ignore

package main

import "math/rand/v2"

// genBoard turns rows of letters into the tests' grid form.
func genBoard(rows []string) [][]string {
	out := make([][]string, len(rows))
	for i, row := range rows {
		for _, c := range row {
			out[i] = append(out[i], string(c))
		}
	}
	return out
}

// generate builds 6x6 boards of one repeated letter with 15-letter words that
// fail only at the last letter, where an unpruned search walks every simple
// path of 14 cells; a board with one odd letter whose word ends there; and a
// random board with a word traced on it.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(79, 6))
	flat := []string{"AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA"}
	corner := []string{"AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAA", "AAAAAB"}
	letters := "abAB"
	random := make([]string, 6)
	for i := range random {
		b := make([]byte, 6)
		for j := range b {
			b[j] = letters[r.IntN(len(letters))]
		}
		random[i] = string(b)
	}
	// A snake through the random board spells a word that is present.
	var word []byte
	for i := 0; i < 15; i++ {
		row, col := i/6, i%6
		if row%2 == 1 {
			col = 5 - col
		}
		word = append(word, random[row][col])
	}
	return []GenCase{
		{Name: "large-flat-missing-last-letter", Input: map[string]any{"board": genBoard(flat), "word": "AAAAAAAAAAAAAAB"}},
		{Name: "large-flat-missing-first-letter", Input: map[string]any{"board": genBoard(flat), "word": "BAAAAAAAAAAAAAA"}},
		{Name: "large-flat-two-odd-letters", Input: map[string]any{"board": genBoard(corner), "word": "AAAAAAAAAAAAABB"}},
		{Name: "large-flat-odd-letter-in-corner", Input: map[string]any{"board": genBoard(corner), "word": "AAAAAAAAAAAAAAB"}},
		{Name: "large-random-snake", Input: map[string]any{"board": genBoard(random), "word": string(word)}},
	}
}

// sized builds a board of two rows of n/2 cells, all A, and a word of n-1
// A's followed by a B the board lacks. Counting letters rejects it in O(n);
// a search without that check walks exponentially many simple paths.
func sized(n int) map[string]any {
	w := max(n/2, 1)
	row := make([]byte, w)
	for i := range row {
		row[i] = 'A'
	}
	word := make([]byte, max(2*w-1, 1))
	for i := range word {
		word[i] = 'A'
	}
	word = append(word, 'B')
	return map[string]any{"board": genBoard([]string{string(row), string(row)}), "word": string(word)}
}
