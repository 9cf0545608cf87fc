//go:build ignore

package main

// Mutant: checks every closing bracket but forgets that openers still on the
// stack at the end make the string unbalanced ("((" is accepted).
func isValid(s string) bool {
	opener := map[byte]byte{')': '(', ']': '[', '}': '{'}
	var stack []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		want, closing := opener[c]
		if !closing {
			stack = append(stack, c)
			continue
		}
		if len(stack) == 0 || stack[len(stack)-1] != want {
			return false
		}
		stack = stack[:len(stack)-1]
	}
	return true
}
