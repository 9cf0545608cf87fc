//go:build ignore

package main

func generateParenthesis(n int) []string {
	return nil
}
