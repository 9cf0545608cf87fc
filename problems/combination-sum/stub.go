//go:build ignore

package main

func combinationSum(candidates []int, target int) [][]int {
	return nil
}
