//go:build ignore

package main

func minAddToMakeValid(s string) int {
	return 0
}
