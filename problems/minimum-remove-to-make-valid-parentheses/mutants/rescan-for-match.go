//go:build ignore

package main

// Mutant: after dropping unmatched ")", decides whether each "(" is closed by
// scanning forward from it until the depth returns to zero: O(n^2) on long
// runs of "(".
// verdict: time_limit_exceeded
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
	for i, c := range kept {
		if c == '(' {
			depth, closed := 0, false
			for j := i; j < len(kept); j++ {
				if kept[j] == '(' {
					depth++
				} else if kept[j] == ')' {
					depth--
					if depth == 0 {
						closed = true
						break
					}
				}
			}
			if !closed {
				continue
			}
		}
		out = append(out, c)
	}
	return string(out)
}
