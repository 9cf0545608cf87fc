//go:build ignore

package main

// Mutant: reads the top of the stack at a closing bracket without checking
// that the stack is empty, so a string starting with a closer panics.
func isValid(s string) bool {
	var stack []byte
	for _, c := range []byte(s) {
		switch c {
		case '(', '[', '{':
			stack = append(stack, c)
		default:
			top := stack[len(stack)-1]
			if (c == ')' && top != '(') || (c == ']' && top != '[') || (c == '}' && top != '{') {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}
