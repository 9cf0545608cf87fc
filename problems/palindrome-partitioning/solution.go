//go:build ignore

package main

// partition fills a table of which substrings are palindromes, then
// backtracks: it fixes each palindromic prefix of what is left as the next
// piece, recurses on the rest, and records a copy of the pieces whenever the
// whole string is used up.
func partition(s string) [][]string {
	n := len(s)
	// pal[i][j] reports whether s[i..j] (inclusive) reads the same both ways.
	pal := make([][]bool, n)
	for i := range pal {
		pal[i] = make([]bool, n)
	}
	for i := n - 1; i >= 0; i-- {
		for j := i; j < n; j++ {
			pal[i][j] = s[i] == s[j] && (j-i < 2 || pal[i+1][j-1])
		}
	}

	var out [][]string
	var pieces []string
	var walk func(start int)
	walk = func(start int) {
		if start == n {
			out = append(out, append([]string(nil), pieces...))
			return
		}
		for end := start; end < n; end++ {
			if pal[start][end] {
				pieces = append(pieces, s[start:end+1])
				walk(end + 1)
				pieces = pieces[:len(pieces)-1]
			}
		}
	}
	walk(0)
	return out
}
