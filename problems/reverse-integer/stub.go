//go:build ignore

package main

func reverse(x int) int {
	return 0
}
