//go:build ignore

package main

import "strconv"

// Mutant: takes the first value popped as the left operand, so "3 4 -"
// computes 4 - 3 and "8 2 /" computes 2 / 8.
func evalRPN(tokens []string) int {
	var stack []int
	pop := func() int {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		return v
	}
	for _, tok := range tokens {
		switch tok {
		case "+":
			stack = append(stack, pop()+pop())
		case "-":
			a, b := pop(), pop()
			stack = append(stack, a-b)
		case "*":
			stack = append(stack, pop()*pop())
		case "/":
			a, b := pop(), pop()
			stack = append(stack, a/b)
		default:
			n, _ := strconv.Atoi(tok)
			stack = append(stack, n)
		}
	}
	return stack[0]
}
