//go:build ignore

package main

// Mutant: compares which letters occur, plus the lengths, but not how often
// each occurs ("aab" vs "abb").
func isAnagram(s string, t string) bool {
	if len(s) != len(t) {
		return false
	}
	var in [2][26]bool
	for _, c := range s {
		in[0][c-'a'] = true
	}
	for _, c := range t {
		in[1][c-'a'] = true
	}
	return in[0] == in[1]
}
