//go:build ignore

package main

func isValid(s string) bool {
	return false
}
