//go:build ignore

package main

func firstBad(n int) int {
	return 0
}
