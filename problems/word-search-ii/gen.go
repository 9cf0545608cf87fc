//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

func genGrid(rows []string) [][]string {
	out := make([][]string, len(rows))
	for i, row := range rows {
		for _, c := range row {
			out[i] = append(out[i], string(c))
		}
	}
	return out
}

func genRandomRows(r *rand.Rand, m, n int, letters string) []string {
	rows := make([]string, m)
	for i := range rows {
		b := make([]byte, n)
		for j := range b {
			b[j] = letters[r.IntN(len(letters))]
		}
		rows[i] = string(b)
	}
	return rows
}

// genRandomWords returns count distinct random words of lengths lo..hi.
func genRandomWords(r *rand.Rand, count, lo, hi int, letters string) []string {
	seen := map[string]bool{}
	var words []string
	for len(words) < count {
		b := make([]byte, lo+r.IntN(hi-lo+1))
		for i := range b {
			b[i] = letters[r.IntN(len(letters))]
		}
		if w := string(b); !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return words
}

// generate builds 12x12 boards with about 3*10^4 words: a board of one letter
// with words that differ from a run of it in one or two letters (a word whose
// odd letters come late costs a full search of long simple paths on its own),
// a random board over five letters with random words, and a random board with
// words cut from it.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(212, 30000))
	var flat []string
	for k := 1; k <= 10; k++ {
		flat = append(flat, strings.Repeat("a", k))
	}
	for i := 0; i < 10; i++ {
		for j := i + 1; j < 10; j++ {
			for x := byte('b'); x <= 'z'; x++ {
				for y := byte('b'); y <= 'z'; y++ {
					w := []byte(strings.Repeat("a", 10))
					w[9-i], w[9-j] = x, y
					flat = append(flat, string(w))
				}
			}
		}
	}
	for p := 0; p < 10; p++ {
		for x := byte('b'); x <= 'z'; x++ {
			w := []byte(strings.Repeat("a", 10))
			w[p] = x
			flat = append(flat, string(w))
		}
	}
	flatBoard := genRandomRows(r, 12, 12, "a")

	few := genRandomRows(r, 12, 12, "abcde")
	fewWords := genRandomWords(r, 30000, 1, 10, "abcde")

	cut := genRandomRows(r, 12, 12, "abcdefghijklmnopqrstuvwxyz")
	seen := map[string]bool{}
	var cutWords []string
	for len(cutWords) < 15000 {
		// A random self-avoiding walk of up to 10 cells.
		row, col := r.IntN(12), r.IntN(12)
		used := map[int]bool{row*12 + col: true}
		w := []byte{cut[row][col]}
		for len(w) < 1+r.IntN(10) {
			d := [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}[r.IntN(4)]
			nr, nc := row+d[0], col+d[1]
			if nr < 0 || nc < 0 || nr >= 12 || nc >= 12 || used[nr*12+nc] {
				break
			}
			row, col = nr, nc
			used[row*12+col] = true
			w = append(w, cut[row][col])
		}
		if !seen[string(w)] {
			seen[string(w)] = true
			cutWords = append(cutWords, string(w))
		}
	}
	for _, w := range genRandomWords(r, 15000, 3, 10, "abcdefghijklmnopqrstuvwxyz") {
		if !seen[w] {
			seen[w] = true
			cutWords = append(cutWords, w)
		}
	}

	return []GenCase{
		{Name: "large-one-letter-near-misses", Input: map[string]any{"board": genGrid(flatBoard), "words": flat}},
		{Name: "large-five-letters-random-words", Input: map[string]any{"board": genGrid(few), "words": fewWords}},
		{Name: "large-words-cut-from-board", Input: map[string]any{"board": genGrid(cut), "words": cutWords}},
	}
}

// sized builds a near-square board of n random letters from a to m, and n/8
// distinct five-letter words that start with such a letter and go on with
// letters from n to z, which the board lacks. Every walk from a cell stops
// after one letter, so the trie does O(n) work; a search per word still
// scans the whole board for each word, O(n^2).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(212, uint64(n)))
	m := 1
	for m*m < n {
		m++
	}
	rows := genRandomRows(r, m, max(n/m, 1), "abcdefghijklm")
	seen := map[string]bool{}
	var words []string
	for len(words) < max(n/8, 1) {
		w := genRandomWords(r, 1, 1, 1, "abcdefghijklm")[0] + genRandomWords(r, 1, 4, 4, "nopqrstuvwxyz")[0]
		if !seen[w] {
			seen[w] = true
			words = append(words, w)
		}
	}
	return map[string]any{"board": genGrid(rows), "words": words}
}
