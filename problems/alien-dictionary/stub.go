//go:build ignore

package main

func alienOrder(words []string) string {
	return ""
}
