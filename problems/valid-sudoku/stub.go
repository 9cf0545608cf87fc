//go:build ignore

package main

func isValidSudoku(board [][]byte) bool {
	return false
}
