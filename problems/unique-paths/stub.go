//go:build ignore

package main

func uniquePaths(m int, n int) int {
	return 0
}
