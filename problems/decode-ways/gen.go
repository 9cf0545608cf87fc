//go:build ignore

package main

import (
	"math/rand/v2"
	"strings"
)

// genWays counts the decodings of s, stopping at limit: the generator keeps
// only strings whose answer fits in 32 bits, as the statement promises.
func genWays(s string, limit int) int {
	twoBack, oneBack := 0, 1
	for i := 1; i <= len(s); i++ {
		cur := 0
		if s[i-1] != '0' {
			cur += oneBack
		}
		if i >= 2 && (s[i-2] == '1' || s[i-2] == '2' && s[i-1] <= '6') {
			cur += twoBack
		}
		twoBack, oneBack = oneBack, min(cur, limit)
	}
	return oneBack
}

// generate builds strings of the maximum length, 100, with answers as large
// as 32 bits allow (44 ones, then nines: about 1.8·10^9 decodings), a long
// run of ones that ends in a dead "00" (no decoding at all, yet a search
// walks every way to cut the run first), random letters encoded back to
// digits, and runs of 26 and 10.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(91, 1))
	const n = 100
	const limit = 1<<31 - 1
	// encoded draws random letters, writes their codes, and keeps the first
	// n digits whose count fits; a trailing lone 0 is fixed to 1 first.
	encoded := func() string {
		for {
			var sb strings.Builder
			for sb.Len() < n {
				sb.WriteString([]string{"1", "2", "3", "7", "9", "10", "11", "12", "15", "19", "20", "21", "24", "26"}[r.IntN(14)])
			}
			s := sb.String()[:n]
			if s[n-1] == '0' && s[n-2] != '1' && s[n-2] != '2' {
				s = s[:n-1] + "1"
			}
			if w := genWays(s, limit); w > 0 && w < limit {
				return s
			}
		}
	}
	return []GenCase{
		{Name: "large-ones-then-nines", Input: map[string]any{"s": strings.Repeat("1", 44) + strings.Repeat("9", 56)}},
		{Name: "large-twos-then-sevens", Input: map[string]any{"s": strings.Repeat("2", 44) + strings.Repeat("7", 56)}},
		{Name: "large-dead-end-after-run", Input: map[string]any{"s": strings.Repeat("1", 46) + "00" + strings.Repeat("1", 52)}},
		{Name: "large-encoded-random", Input: map[string]any{"s": encoded()}},
		{Name: "large-encoded-random-2", Input: map[string]any{"s": encoded()}},
		{Name: "large-twenty-sixes-and-tens", Input: map[string]any{"s": strings.Repeat("26", 20) + strings.Repeat("10", 30)}},
	}
}

// sized builds n random 1s and 2s: every digit can stand alone or pair with
// the next, so the number of decodings grows like the Fibonacci numbers (its
// value overflows at large n, which only the measurement sees), and a search
// without memory tries them all.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(91, uint64(n)))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('1' + r.IntN(2))
	}
	return map[string]any{"s": string(b)}
}
