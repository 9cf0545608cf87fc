//go:build ignore

package main

func calculate(s string) int {
	return 0
}
