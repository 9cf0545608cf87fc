//go:build ignore

package main

// Mutant: the palindrome table only compares the two end letters and forgets
// that the inside must be a palindrome too, so "abca" counts as one.
func partition(s string) [][]string {
	n := len(s)
	pal := make([][]bool, n)
	for i := range pal {
		pal[i] = make([]bool, n)
		for j := i; j < n; j++ {
			pal[i][j] = s[i] == s[j]
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
