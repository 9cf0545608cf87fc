//go:build ignore

package main

func myAtoi(s string) int {
	return 0
}
