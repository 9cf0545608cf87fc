//go:build ignore

package main

// Mutant: skips spaces before checking whether the last character has been
// reached, so when s ends with a space the last number is never applied.
func calculate(s string) int {
	var stack []int
	num := 0
	op := byte('+')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			continue
		}
		if c >= '0' && c <= '9' {
			num = num*10 + int(c-'0')
		}
		if !(c >= '0' && c <= '9') || i == len(s)-1 {
			switch op {
			case '+':
				stack = append(stack, num)
			case '-':
				stack = append(stack, -num)
			case '*':
				stack[len(stack)-1] *= num
			case '/':
				stack[len(stack)-1] /= num
			}
			op, num = c, 0
		}
	}
	sum := 0
	for _, v := range stack {
		sum += v
	}
	return sum
}
