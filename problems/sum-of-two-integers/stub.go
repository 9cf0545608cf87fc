//go:build ignore

package main

func getSum(a int, b int) int {
	return 0
}
