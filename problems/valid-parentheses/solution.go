//go:build ignore

package main

// isValid keeps the still-open brackets on a stack: each closing bracket must
// match the one on top, and nothing may remain open at the end.
func isValid(s string) bool {
	opener := map[byte]byte{')': '(', ']': '[', '}': '{'}
	stack := make([]byte, 0, len(s))
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
	return len(stack) == 0
}
