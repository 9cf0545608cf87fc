//go:build ignore

package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// genPattern draws a pattern of at most 20 characters from tokens over the
// letters a and b: a letter, a dot, a starred letter or a starred dot. It
// also returns a text the pattern matches, built by expanding each token,
// cut off at 20 letters (so it may no longer match).
func genPattern(r *rand.Rand) (string, string) {
	var p, s strings.Builder
	for p.Len() < 19 {
		c := byte('a' + r.IntN(2))
		dot := r.IntN(5) == 0
		elem := c
		if dot {
			elem = '.'
		}
		if r.IntN(2) == 0 {
			p.WriteByte(elem)
			p.WriteByte('*')
			for k := r.IntN(4); k > 0; k-- {
				s.WriteByte(c)
			}
		} else {
			p.WriteByte(elem)
			s.WriteByte(c)
		}
	}
	text := s.String()
	if len(text) == 0 {
		text = "a"
	}
	if len(text) > 20 {
		text = text[:20]
	}
	return text, p.String()
}

// generate builds inputs at the maximum lengths of 20: the runs of one
// letter against many stars that make plain backtracking try millions of
// splits, dot-star patterns, and random patterns over two letters with
// texts built to match them (some then cut or altered so they do not).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(10, 20))
	run := strings.Repeat("a", 20)
	cases := []GenCase{
		{Name: "large-stars-fail-on-last-letter", Input: map[string]any{"s": run[:19] + "b", "p": strings.Repeat("a*", 10)}},
		{Name: "large-stars-fail-on-pattern-end", Input: map[string]any{"s": run, "p": strings.Repeat("a*", 9) + "b"}},
		{Name: "large-dot-stars-fail", Input: map[string]any{"s": run, "p": strings.Repeat(".*", 9) + "b"}},
		{Name: "large-dot-stars-match", Input: map[string]any{"s": run[:19] + "b", "p": strings.Repeat(".*", 9) + "b"}},
		{Name: "large-stars-match", Input: map[string]any{"s": run, "p": strings.Repeat("a*", 10)}},
		{Name: "large-exact-letters", Input: map[string]any{"s": "abcdefghijklmnopqrst", "p": "abcdefghij.lmnopqrst"}},
	}
	for i := 0; i < 12; i++ {
		s, p := genPattern(r)
		if i%3 == 2 {
			b := []byte(s)
			b[r.IntN(len(b))] = 'c'
			s = string(b)
		}
		cases = append(cases, GenCase{Name: fmt.Sprintf("large-random-%02d", i), Input: map[string]any{"s": s, "p": p}})
	}
	return cases
}

// sized returns n a's against a pattern of n/2 "a*" followed by a b, which
// can never match. The table is (n+1) × (n+2) cells, each O(1); plain
// backtracking tries every way to share the a's among the stars.
func sized(n int) map[string]any {
	return map[string]any{"s": strings.Repeat("a", n), "p": strings.Repeat("a*", n/2) + "b"}
}
