//go:build ignore

package main

// Mutant: drops every ")" that has nothing to close but forgets the "(" that
// are still open at the end ("a(" is returned unchanged).
func minRemoveToMakeValid(s string) string {
	out := make([]byte, 0, len(s))
	open := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			open++
		case ')':
			if open == 0 {
				continue
			}
			open--
		}
		out = append(out, s[i])
	}
	return string(out)
}
