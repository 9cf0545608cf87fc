//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

type genCalls struct {
	ops  []string
	args [][]string
}

func genNewCalls() *genCalls {
	return &genCalls{ops: []string{"WordDictionary"}, args: [][]string{{}}}
}

func (c *genCalls) call(op, s string) {
	c.ops = append(c.ops, op)
	c.args = append(c.args, []string{s})
}

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

func genLetters(r *rand.Rand, n int, from, to byte) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = from + byte(r.IntN(int(to-from)+1))
	}
	return string(b)
}

// genStemCalls adds half words of 25 letters sharing a 20-letter stem (the
// rest from a to m), then searches the other half: three in four end in a
// letter from n to z (never stored, so a list scan compares about 24 letters
// with every word), the rest are stored words, some with a dot.
func genStemCalls(r *rand.Rand, calls int) *genCalls {
	c := genNewCalls()
	stem := strings.Repeat("k", 20)
	var stored []string
	for i := 0; i < calls/2; i++ {
		w := stem + genLetters(r, 5, 'a', 'm')
		stored = append(stored, w)
		c.call("addWord", w)
	}
	for i := 0; i < calls-calls/2; i++ {
		switch k := r.IntN(8); {
		case k < 6:
			c.call("search", stem+genLetters(r, 4, 'a', 'm')+genLetters(r, 1, 'n', 'z'))
		case k == 6:
			c.call("search", stored[r.IntN(len(stored))])
		default:
			w := []byte(stored[r.IntN(len(stored))])
			w[20+r.IntN(5)] = '.'
			c.call("search", string(w))
		}
	}
	return c
}

// generate builds call sequences at the 10^4-call limit: long shared stems
// with near-miss searches, patterns with two dots among many short words,
// and a random mix of adds and searches.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(211, 10000))

	dots := genNewCalls()
	for i := 0; i < 5000; i++ {
		dots.call("addWord", genLetters(r, 4, 'a', 'z'))
	}
	for i := 0; i < 5000; i++ {
		w := []byte(genLetters(r, 4, 'a', 'z'))
		a := r.IntN(4)
		b := (a + 1 + r.IntN(3)) % 4
		w[a], w[b] = '.', '.'
		dots.call("search", string(w))
	}

	mix := genNewCalls()
	for len(mix.ops) <= 10000 {
		w := genLetters(r, 1+r.IntN(6), 'a', 'c')
		if r.IntN(2) == 0 {
			mix.call("addWord", w)
			continue
		}
		b := []byte(w)
		for d := r.IntN(3); d > 0; d-- {
			b[r.IntN(len(b))] = '.'
		}
		mix.call("search", string(b))
	}

	return []GenCase{
		{Name: "large-shared-stem-near-misses", Input: genStemCalls(r, 10000).input()},
		{Name: "large-two-dots-short-words", Input: dots.input()},
		{Name: "large-random-mix", Input: mix.input()},
	}
}

// sized builds n calls: n/2 adds of 25-letter words on a shared 20-letter
// stem, then n/2 searches, mostly near misses. The trie walks at most 25
// nodes per call (a dot near the end adds at most 13 short branches); a list
// scan compares each search with all n/2 words.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(211, uint64(n)))
	return genStemCalls(r, n).input()
}
