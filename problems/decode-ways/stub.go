//go:build ignore

package main

func numDecodings(s string) int {
	return 0
}
