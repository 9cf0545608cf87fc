//go:build ignore

package main

func validPalindrome(s string) bool {
	return false
}
