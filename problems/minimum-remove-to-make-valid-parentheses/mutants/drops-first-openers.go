//go:build ignore

package main

// Mutant: counts how many "(" are left unclosed but then deletes the first
// ones from the left instead of the unclosed ones ("(a)(" becomes "a)(").
func minRemoveToMakeValid(s string) string {
	kept := make([]byte, 0, len(s))
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
		kept = append(kept, s[i])
	}
	out := make([]byte, 0, len(kept))
	for _, c := range kept {
		if c == '(' && open > 0 {
			open--
			continue
		}
		out = append(out, c)
	}
	return string(out)
}
