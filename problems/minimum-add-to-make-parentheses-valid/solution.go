//go:build ignore

package main

// minAddToMakeValid matches greedily from left to right: each ')' closes an
// open '(' when there is one, and otherwise needs a '(' inserted before it.
// Every '(' still open at the end needs a ')'.
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
	return inserts + open
}
