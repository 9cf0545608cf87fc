//go:build ignore

package main

import "strings"

// Mutant: writes "/" before each name, so when every name is gone the
// answer is "" instead of the root "/".
// verdict: wrong_answer
func simplifyPath(path string) string {
	var dirs []string
	for _, part := range strings.Split(path, "/") {
		switch part {
		case "", ".":
		case "..":
			if len(dirs) > 0 {
				dirs = dirs[:len(dirs)-1]
			}
		default:
			dirs = append(dirs, part)
		}
	}
	var b strings.Builder
	for _, d := range dirs {
		b.WriteString("/" + d)
	}
	return b.String()
}
