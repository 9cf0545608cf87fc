//go:build ignore

package main

func wordBreak(s string, wordDict []string) bool {
	return false
}
