//go:build ignore

package main

func findRedundantConnection(edges [][]int) []int {
	return nil
}
