//go:build ignore

package main

func countBits(n int) []int {
	return nil
}
