//go:build ignore

package main

func countSubstrings(s string) int {
	return 0
}
