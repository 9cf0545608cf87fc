//go:build ignore

package main

func isPalindrome(s string) bool {
	return false
}
