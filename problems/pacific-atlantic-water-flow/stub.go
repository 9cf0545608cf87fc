//go:build ignore

package main

func pacificAtlantic(heights [][]int) [][]int {
	return nil
}
