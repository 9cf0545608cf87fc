//go:build ignore

package main

// check accepts any balanced string made from s by deleting characters,
// as long as the expected one (the fewest deletions).
func check(s string, want, got string) string {
	depth := 0
	for _, c := range got {
		switch c {
		case '(':
			depth++
		case ')':
			depth--
		}
		if depth < 0 {
			return "the result is not balanced: a ')' closes nothing"
		}
	}
	if depth != 0 {
		return "the result is not balanced: a '(' is never closed"
	}
	rest := s
	for _, c := range got {
		i := strings.IndexRune(rest, c)
		if i < 0 {
			return "the result is not s with some characters deleted"
		}
		rest = rest[i+1:]
	}
	if len(got) != len(want) {
		return fmt.Sprintf("the result removes %d characters; the fewest possible is %d", len(s)-len(got), len(s)-len(want))
	}
	return ""
}
