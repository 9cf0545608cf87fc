//go:build ignore

package main

func isAnagram(s string, t string) bool {
	return false
}
