//go:build ignore

package main

func minRemoveToMakeValid(s string) string {
	return ""
}
