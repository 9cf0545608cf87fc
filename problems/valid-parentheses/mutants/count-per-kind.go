//go:build ignore

package main

// Mutant: keeps one counter per bracket kind instead of a stack, so it never
// notices pairs that cross ("([)]" is accepted).
func isValid(s string) bool {
	round, square, curly := 0, 0, 0
	for _, c := range s {
		switch c {
		case '(':
			round++
		case ')':
			round--
		case '[':
			square++
		case ']':
			square--
		case '{':
			curly++
		case '}':
			curly--
		}
		if round < 0 || square < 0 || curly < 0 {
			return false
		}
	}
	return round == 0 && square == 0 && curly == 0
}
