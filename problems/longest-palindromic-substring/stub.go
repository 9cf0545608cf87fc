//go:build ignore

package main

func longestPalindrome(s string) string {
	return ""
}
