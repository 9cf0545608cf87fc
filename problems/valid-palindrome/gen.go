//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// generate builds strings of the maximum length: long palindromes in mixed
// case with punctuation sprinkled in (one of them broken only at the centre,
// so every character must be looked at), nothing but punctuation, and one
// letter repeated.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(5, 8))
	const n = 200000
	genCase := func(c byte) byte { return genRandomCase(r, c) }
	// genPalindrome returns n characters whose letters and digits read the
	// same both ways; about punctPct percent of the characters are
	// punctuation, placed at random.
	genPalindrome := func(punctPct int) []byte {
		m := n * (100 - punctPct) / 100
		core := make([]byte, m)
		for i := 0; i < (m+1)/2; i++ {
			c := genAlnum[r.IntN(len(genAlnum))]
			core[i], core[m-1-i] = genCase(c), genCase(c)
		}
		out := make([]byte, 0, n)
		k := 0
		for len(out) < n {
			if k < m && (r.IntN(n-len(out)) < m-k) {
				out = append(out, core[k])
				k++
			} else {
				out = append(out, genPunct[r.IntN(len(genPunct))])
			}
		}
		return out
	}
	pal := genPalindrome(30)
	broken := genPalindrome(30)
	// Change the middle letter or digit of the core to break the symmetry.
	seen, target := 0, n*70/100/2
	for i, c := range broken {
		if strings.IndexByte(genPunct, c) >= 0 {
			continue
		}
		if seen == target {
			if c == 'q' || c == 'Q' {
				broken[i] = 'z'
			} else {
				broken[i] = 'q'
			}
			break
		}
		seen++
	}
	punct := make([]byte, n)
	for i := range punct {
		punct[i] = genPunct[r.IntN(len(genPunct))]
	}
	return []GenCase{
		{Name: "large-palindrome-mixed-case-punctuation", Input: map[string]any{"s": string(pal)}},
		{Name: "large-broken-at-centre", Input: map[string]any{"s": string(broken)}},
		{Name: "large-dense-palindrome", Input: map[string]any{"s": string(genPalindrome(0))}},
		{Name: "large-punctuation-only", Input: map[string]any{"s": string(punct)}},
		{Name: "large-one-letter", Input: map[string]any{"s": strings.Repeat("Z", n-1) + "z"}},
	}
}

// sized builds n characters that read the same both ways once cleaned: about
// 30% punctuation, letters and digits in random case, so both indices skip
// and fold case all the way to the middle, and a cleaned-up copy built one
// character at a time grows to about 0.7·n.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(5, uint64(n)))
	genCase := func(c byte) byte { return genRandomCase(r, c) }
	b := make([]byte, n)
	for i := 0; i < (n+1)/2; i++ {
		j := n - 1 - i
		if r.IntN(10) < 3 {
			b[i], b[j] = genPunct[r.IntN(len(genPunct))], genPunct[r.IntN(len(genPunct))]
		} else {
			c := genAlnum[r.IntN(len(genAlnum))]
			b[i], b[j] = genCase(c), genCase(c)
		}
	}
	return map[string]any{"s": string(b)}
}

// The characters of the generated strings.
const (
	genAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	genPunct = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
)

// genRandomCase upper-cases a letter half the time.
func genRandomCase(r *rand.Rand, c byte) byte {
	if 'a' <= c && c <= 'z' && r.IntN(2) == 0 {
		return c - 'a' + 'A'
	}
	return c
}
