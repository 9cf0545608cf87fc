//go:build ignore

package main

func numDistinct(s string, t string) int {
	return 0
}
