//go:build ignore

package main

func isMatch(s string, p string) bool {
	return false
}
