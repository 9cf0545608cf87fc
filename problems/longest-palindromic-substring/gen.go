//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// genLongest reports the length of the longest palindromic substring of s
// and whether only one distinct string has that length.
func genLongest(s string) (int, bool) {
	best := 0
	found := map[string]bool{}
	for c := 0; c < 2*len(s)-1; c++ {
		l, r := c/2, (c+1)/2
		for l >= 0 && r < len(s) && s[l] == s[r] {
			l--
			r++
		}
		switch n := r - l - 1; {
		case n > best:
			best = n
			found = map[string]bool{s[l+1 : r]: true}
		case n == best:
			found[s[l+1:r]] = true
		}
	}
	return best, len(found) == 1
}

// genNoPalindrome returns n characters from letters with no palindrome
// longer than one character: no character equals either of the two before
// it, so no palindrome of length 2 or 3 exists, and every longer one would
// have one at its centre.
func genNoPalindrome(r *rand.Rand, n int, letters string) []byte {
	b := make([]byte, n)
	for i := range b {
		for {
			b[i] = letters[r.IntN(len(letters))]
			if (i < 1 || b[i] != b[i-1]) && (i < 2 || b[i] != b[i-2]) {
				break
			}
		}
	}
	return b
}

// genMirror returns p followed by its reverse, with mid between them.
func genMirror(p []byte, mid string) string {
	var sb strings.Builder
	sb.Write(p)
	sb.WriteString(mid)
	for i := len(p) - 1; i >= 0; i-- {
		sb.WriteByte(p[i])
	}
	return sb.String()
}

const genAlnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// generate builds strings of the maximum length, 1000, each with a unique
// longest palindrome: a long one hidden among random characters (in the
// middle, at the start, at the end, of even length), random text over two
// letters, one letter throughout, and a run of one letter beside text with
// no palindromes at all. Only the last two let a search that tries
// substrings from the longest down stop early.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(5, 7))
	const n = 1000
	// embed puts a palindrome of the given size at offset at inside random
	// text, drawing again until the answer is unique.
	embed := func(size, at int, mid string) string {
		for {
			p := genMirror(genNoPalindrome(r, (size-len(mid))/2, genAlnum), mid)
			rest := genNoPalindrome(r, n-len(p), genAlnum)
			s := string(rest[:at]) + p + string(rest[at:])
			if got, unique := genLongest(s); unique && got == len(p) {
				return s
			}
		}
	}
	twoLetters := func() string {
		for {
			b := make([]byte, n)
			for i := range b {
				b[i] = "ab"[r.IntN(2)]
			}
			if _, unique := genLongest(string(b)); unique {
				return string(b)
			}
		}
	}
	return []GenCase{
		{Name: "large-hidden-middle", Input: map[string]any{"s": embed(301, 350, "Q")}},
		{Name: "large-hidden-at-start", Input: map[string]any{"s": embed(201, 0, "7")}},
		{Name: "large-hidden-at-end", Input: map[string]any{"s": embed(201, n-201, "z")}},
		{Name: "large-hidden-even", Input: map[string]any{"s": embed(400, 300, "")}},
		{Name: "large-two-letters", Input: map[string]any{"s": twoLetters()}},
		{Name: "large-one-letter", Input: map[string]any{"s": strings.Repeat("x", n)}},
		{Name: "large-run-beside-no-palindromes", Input: map[string]any{"s": strings.Repeat("a", n/2) + string(genNoPalindrome(r, n/2, "bcdefghijklmnopqrstuvwxyz"))}},
	}
}

// sized builds a run of n/2 a's followed by n/2 other letters holding no
// palindrome longer than one: expanding from the centres inside the run
// costs about n^2/8 steps, and a search that drops one end or the other
// branches at every range reaching into the second half.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(5, uint64(n)))
	return map[string]any{"s": strings.Repeat("a", n/2) + string(genNoPalindrome(r, n-n/2, "bcdefghijklmnopqrstuvwxyz"))}
}
