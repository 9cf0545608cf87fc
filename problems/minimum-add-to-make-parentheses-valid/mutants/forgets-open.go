//go:build ignore

package main

// Mutant: counts the ')' that find no partner but forgets the '(' still
// open at the end, so "(((" needs nothing.
// verdict: wrong_answer
func minAddToMakeValid(s string) int {
	open, inserts := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == '(' {
			open++
		} else if open > 0 {
			open--
		} else {
			inserts++
		}
	}
	return inserts
}
