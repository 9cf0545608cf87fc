//go:build ignore

package main

import (
	"math"
	"strconv"
)

// Mutant: rounds quotients down (floor) instead of toward zero, so -7 / 2
// gives -4 instead of -3.
func evalRPN(tokens []string) int {
	var stack []int
	for _, tok := range tokens {
		if tok == "+" || tok == "-" || tok == "*" || tok == "/" {
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			switch tok {
			case "+":
				stack = append(stack, a+b)
			case "-":
				stack = append(stack, a-b)
			case "*":
				stack = append(stack, a*b)
			case "/":
				stack = append(stack, int(math.Floor(float64(a)/float64(b))))
			}
			continue
		}
		n, _ := strconv.Atoi(tok)
		stack = append(stack, n)
	}
	return stack[0]
}
