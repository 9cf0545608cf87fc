//go:build ignore

package main

func lengthOfLongestSubstring(s string) int {
	return 0
}
