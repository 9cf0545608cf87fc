//go:build ignore

package main

// Mutant: the loop over piece ends stops one letter early, so a piece never
// reaches the last letter of the string and the whole-string palindrome (and
// every partition ending in a longer piece) is lost.
func partition(s string) [][]string {
	var out [][]string
	isPal := func(p string) bool {
		for a, b := 0, len(p)-1; a < b; a, b = a+1, b-1 {
			if p[a] != p[b] {
				return false
			}
		}
		return true
	}
	var pieces []string
	var walk func(start int)
	walk = func(start int) {
		if start == len(s) {
			out = append(out, append([]string(nil), pieces...))
			return
		}
		if start == len(s)-1 {
			pieces = append(pieces, s[start:])
			walk(len(s))
			pieces = pieces[:len(pieces)-1]
			return
		}
		for end := start + 1; end < len(s); end++ {
			if isPal(s[start:end]) {
				pieces = append(pieces, s[start:end])
				walk(end)
				pieces = pieces[:len(pieces)-1]
			}
		}
	}
	walk(0)
	return out
}
