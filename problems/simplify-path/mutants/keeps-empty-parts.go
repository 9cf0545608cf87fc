//go:build ignore

package main

import "strings"

// Mutant: skips only "." and pushes empty parts as names, so doubled and
// trailing slashes survive ("/home//foo/" stays "/home//foo/").
// verdict: wrong_answer
func simplifyPath(path string) string {
	var dirs []string
	for _, part := range strings.Split(path[1:], "/") {
		switch part {
		case ".":
		case "..":
			if len(dirs) > 0 {
				dirs = dirs[:len(dirs)-1]
			}
		default:
			dirs = append(dirs, part)
		}
	}
	return "/" + strings.Join(dirs, "/")
}
