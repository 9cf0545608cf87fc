//go:build ignore

package main

func exist(board [][]byte, word string) bool {
	return false
}
