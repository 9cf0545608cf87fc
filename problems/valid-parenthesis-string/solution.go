//go:build ignore

package main

// checkValidString tracks the range of possible counts of unclosed '('
// after each character: lo assumes every star closes one where it can, hi
// assumes every star opens one. Every count in between is reachable too.
func checkValidString(s string) bool {
	lo, hi := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			lo++
			hi++
		case ')':
			lo--
			hi--
		default:
			lo--
			hi++
		}
		if hi < 0 {
			return false // too many ')' even if every star opened
		}
		lo = max(lo, 0) // a count below zero is not a real choice
	}
	return lo == 0
}
