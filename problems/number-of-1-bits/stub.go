//go:build ignore

package main

func hammingWeight(n int) int {
	return 0
}
