//go:build ignore

package main

func characterReplacement(s string, k int) int {
	return 0
}
