//go:build ignore

package main

func solveNQueens(n int) [][]string {
	return nil
}
