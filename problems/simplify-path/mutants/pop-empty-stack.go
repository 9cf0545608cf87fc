//go:build ignore

package main

import "strings"

// Mutant: pops on ".." without checking the stack, so climbing above the
// root ("/..") slices an empty stack and panics.
// (No time-limit mutant: at 3000 characters even a quadratic rebuild of the
// path is far inside the limit.)
// verdict: runtime_error
func simplifyPath(path string) string {
	var dirs []string
	for _, part := range strings.Split(path, "/") {
		switch part {
		case "", ".":
		case "..":
			dirs = dirs[:len(dirs)-1]
		default:
			dirs = append(dirs, part)
		}
	}
	return "/" + strings.Join(dirs, "/")
}
