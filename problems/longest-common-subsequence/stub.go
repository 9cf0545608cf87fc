//go:build ignore

package main

func longestCommonSubsequence(text1 string, text2 string) int {
	return 0
}
