//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds large call sequences within the 3*10^4-call limit: 15000
// words behind one long common prefix queried by 15000 near-miss prefixes
// (checking every stored word costs O(n·L) per query), words of the maximum
// length 2000 that differ only near the end, and a random mix of short words.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(208, 30000))
	genWord := func(n, letters int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('a' + r.IntN(letters))
		}
		return string(b)
	}

	type genCalls struct {
		ops  []string
		args [][]string
	}
	newCalls := func() *genCalls {
		return &genCalls{ops: []string{"Trie"}, args: [][]string{{}}}
	}
	call := func(c *genCalls, op, s string) {
		c.ops = append(c.ops, op)
		c.args = append(c.args, []string{s})
	}
	done := func(name string, c *genCalls) GenCase {
		return GenCase{Name: name, Input: map[string]any{"operations": c.ops, "arguments": c.args}}
	}

	// Common prefix of 40 letters, then 8 random ones; queries use the same
	// prefix plus 4 random letters (almost always absent) or a stored word's
	// first 44 letters (present).
	stem := strings.Repeat("q", 40)
	scan := newCalls()
	var stored []string
	for i := 0; i < 15000; i++ {
		w := stem + genWord(8, 26)
		stored = append(stored, w)
		call(scan, "insert", w)
	}
	for i := 0; i < 15000; i++ {
		switch k := r.IntN(10); {
		case k < 7:
			call(scan, "startsWith", stem+genWord(4, 26))
		case k < 9:
			call(scan, "startsWith", stored[r.IntN(len(stored))][:44])
		default:
			call(scan, "search", stored[r.IntN(len(stored))])
		}
	}

	// Words of length 2000 over a two-letter alphabet sharing 1990 letters.
	long := newCalls()
	base := genWord(1990, 2)
	var longs []string
	for i := 0; i < 120; i++ {
		w := base + genWord(10, 2)
		longs = append(longs, w)
		call(long, "insert", w)
	}
	for i := 0; i < 120; i++ {
		w := longs[r.IntN(len(longs))]
		switch r.IntN(4) {
		case 0:
			call(long, "search", w)
		case 1:
			call(long, "search", w[:1999]+string("ab"[r.IntN(2)]))
		case 2:
			call(long, "startsWith", w[:1995+r.IntN(6)])
		default:
			call(long, "search", w[:1000+r.IntN(1000)])
		}
	}

	// Random mix of short words over a small alphabet: many hits and misses.
	mix := newCalls()
	ops := []string{"insert", "search", "startsWith"}
	for len(mix.ops) < 20000 {
		call(mix, ops[r.IntN(3)], genWord(1+r.IntN(6), 4))
	}

	return []GenCase{
		done("large-long-common-prefix-near-misses", scan),
		done("large-max-length-words", long),
		done("large-short-words-random-mix", mix),
	}
}

// sized builds n calls after the constructor: n/2 inserts of 20-letter words
// that share a 12-letter stem and continue with letters from a to m, then
// n/2 queries, three in four of them startsWith on the stem followed by a
// letter from n to z (never a stored prefix) and the rest searches for stored
// words. The trie walks at most 20 nodes per call; a solution that checks
// every stored word for the prefix does O(n) work per missed query.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(208, uint64(n)))
	const stem = "qqqqqqqqqqqq"
	genTail := func(length int, from byte) string {
		b := make([]byte, length)
		for i := range b {
			b[i] = from + byte(r.IntN(13))
		}
		return string(b)
	}
	ops := make([]string, 1, n+1)
	args := make([][]string, 1, n+1)
	ops[0], args[0] = "Trie", []string{}
	var stored []string
	for len(ops) <= n/2 {
		w := stem + genTail(8, 'a')
		stored = append(stored, w)
		ops = append(ops, "insert")
		args = append(args, []string{w})
	}
	for len(ops) <= n {
		if r.IntN(4) == 0 {
			ops = append(ops, "search")
			args = append(args, []string{stored[r.IntN(len(stored))]})
		} else {
			ops = append(ops, "startsWith")
			args = append(args, []string{stem + genTail(1, 'n') + genTail(3, 'a')})
		}
	}
	return map[string]any{"operations": ops, "arguments": args}
}
