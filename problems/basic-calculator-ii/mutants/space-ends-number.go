//go:build ignore

package main

// Mutant: treats every non-digit, spaces included, as the end of a number
// and records the space as the pending operator, so "3 + 2" loses the 2.
func calculate(s string) int {
	var stack []int
	num := 0
	op := byte('+')
	for i := 0; i < len(s); i++ {
		c := s[i]
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
