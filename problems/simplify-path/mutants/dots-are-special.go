//go:build ignore

package main

import "strings"

// Mutant: treats any part made only of dots as navigation, so "..." climbs
// like ".." instead of being an ordinary name.
// verdict: wrong_answer
func simplifyPath(path string) string {
	var dirs []string
	for _, part := range strings.Split(path, "/") {
		switch {
		case part == "" || part == ".":
		case strings.Trim(part, ".") == "":
			if len(dirs) > 0 {
				dirs = dirs[:len(dirs)-1]
			}
		default:
			dirs = append(dirs, part)
		}
	}
	return "/" + strings.Join(dirs, "/")
}
