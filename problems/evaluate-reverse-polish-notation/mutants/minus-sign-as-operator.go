//go:build ignore

package main

import "strconv"

// Mutant: recognises operators by their first character, so a negative
// number such as "-3" is taken for a minus sign.
func evalRPN(tokens []string) int {
	var stack []int
	for _, tok := range tokens {
		switch tok[0] {
		case '+', '-', '*', '/':
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			switch tok[0] {
			case '+':
				stack = append(stack, a+b)
			case '-':
				stack = append(stack, a-b)
			case '*':
				stack = append(stack, a*b)
			default:
				stack = append(stack, a/b)
			}
		default:
			n, _ := strconv.Atoi(tok)
			stack = append(stack, n)
		}
	}
	return stack[0]
}
