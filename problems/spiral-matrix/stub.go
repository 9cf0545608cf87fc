//go:build ignore

package main

func spiralOrder(matrix [][]int) []int {
	return nil
}
