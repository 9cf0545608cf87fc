//go:build ignore

package main

// Mutant: checks the prefixes for surplus ')' but then only compares how
// many stars there are with the leftover '(', ignoring that a star before
// a '(' cannot close it.
func checkValidString(s string) bool {
	open, close, stars, hi := 0, 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			open++
			hi++
		case ')':
			close++
			hi--
		default:
			stars++
			hi++
		}
		if hi < 0 {
			return false
		}
	}
	return open <= close+stars
}
