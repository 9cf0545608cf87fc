//go:build ignore

package main

// Mutant: takes the larger of the unmatched ')' and the unmatched '('
// instead of their sum, as if one insertion could fix one of each.
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
	return max(inserts, open)
}
