//go:build ignore

package main

// Mutant: backtracking over the three meanings of every star with no memo;
// when no choice works it explores up to 3^stars branches.
// verdict: time_limit_exceeded
func checkValidString(s string) bool {
	var try func(i, open int) bool
	try = func(i, open int) bool {
		if open < 0 {
			return false
		}
		if i == len(s) {
			return open == 0
		}
		switch s[i] {
		case '(':
			return try(i+1, open+1)
		case ')':
			return try(i+1, open-1)
		}
		return try(i+1, open+1) || try(i+1, open) || try(i+1, open-1)
	}
	return try(0, 0)
}
