//go:build ignore

package main

import (
	"math"
	"math/rand/v2"
	"strings"
)

const genLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

// genText returns n random letters from the given alphabet.
func genText(r *rand.Rand, n int, letters string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[r.IntN(len(letters))]
	}
	return string(b)
}

// genCount counts the matches with a plain table, saturating instead of
// wrapping, so that the generator can keep answers within 32 bits.
func genCount(s, t string) int {
	ways := make([]int, len(t)+1)
	ways[0] = 1
	for i := 0; i < len(s); i++ {
		for j := len(t); j >= 1; j-- {
			if s[i] == t[j-1] {
				ways[j] = min(ways[j]+ways[j-1], math.MaxInt32+1)
			}
		}
	}
	return ways[len(t)]
}

// genPicked returns the longest t, taken from k random positions of s, whose
// count of matches still fits in a signed 32-bit integer.
func genPicked(r *rand.Rand, s string) string {
	for k := 40; ; k-- {
		pos := r.Perm(len(s))[:k]
		mark := make([]bool, len(s))
		for _, p := range pos {
			mark[p] = true
		}
		var t []byte
		for i := range s {
			if mark[i] {
				t = append(t, s[i])
			}
		}
		if genCount(s, string(t)) <= math.MaxInt32 {
			return string(t)
		}
	}
}

// generate builds cases with s of the maximum length, 1000: one letter
// repeated and a t whose last letter never occurs (no match, but a search
// without memory tries every way to match the rest), one letter with t one
// shorter, t equal to s, random letters with a t drawn from s as long as
// the count fits in 32 bits, three letters with a short t, two blocks, and a
// t as long as s that differs in one place.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(115, 1))
	a1000 := strings.Repeat("a", 1000)
	random := genText(r, 1000, genLetters)
	abc := genText(r, 1000, "abc")
	differs := []byte(random)
	if differs[500] == 'a' {
		differs[500] = 'b'
	} else {
		differs[500] = 'a'
	}
	return []GenCase{
		{Name: "large-missing-last-letter", Input: map[string]any{"s": a1000, "t": strings.Repeat("a", 10) + "b"}},
		{Name: "large-one-letter-t-one-shorter", Input: map[string]any{"s": a1000, "t": a1000[1:]}},
		{Name: "large-equal", Input: map[string]any{"s": random, "t": random}},
		{Name: "large-random-picked", Input: map[string]any{"s": random, "t": genPicked(r, random)}},
		{Name: "large-three-letters", Input: map[string]any{"s": abc, "t": "cab"}},
		{Name: "large-two-blocks", Input: map[string]any{"s": strings.Repeat("a", 500) + strings.Repeat("b", 500), "t": "ab"}},
		{Name: "large-same-length-one-differs", Input: map[string]any{"s": random, "t": string(differs)}},
	}
}

// sized gives s of n a's and t of n/2 a's followed by a b: there is no match,
// the table still does n·(n/2) steps, and a recursion without memory tries
// every way to place the a's.
func sized(n int) map[string]any {
	return map[string]any{"s": strings.Repeat("a", n), "t": strings.Repeat("a", n/2) + "b"}
}
