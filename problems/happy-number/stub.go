//go:build ignore

package main

func isHappy(n int) bool {
	return false
}
