//go:build ignore

package main

func simplifyPath(path string) string {
	return ""
}
