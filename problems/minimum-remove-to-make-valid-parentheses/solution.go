//go:build ignore

package main

// minRemoveToMakeValid matches brackets with a stack of the positions of
// open "(": a ")" with nothing open is dropped at once, and the "(" still open
// at the end are dropped too. Every dropped bracket is unavoidable, so the
// count is minimal.
func minRemoveToMakeValid(s string) string {
	drop := make([]bool, len(s))
	var open []int
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			open = append(open, i)
		case ')':
			if len(open) == 0 {
				drop[i] = true
			} else {
				open = open[:len(open)-1]
			}
		}
	}
	for _, i := range open {
		drop[i] = true
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if !drop[i] {
			out = append(out, s[i])
		}
	}
	return string(out)
}
