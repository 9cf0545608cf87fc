//go:build ignore

package main

func checkValidString(s string) bool {
	return false
}
