//go:build ignore

package main

func evalRPN(tokens []string) int {
	return 0
}
