//go:build ignore

package main

import "strings"

// simplifyPath reads the parts between slashes in order, keeping the
// directories still entered on a stack: a name is pushed, ".." pops (if there
// is anything to pop), and "." and empty parts are skipped.
func simplifyPath(path string) string {
	var dirs []string
	for i := 0; i < len(path); {
		j := i
		for j < len(path) && path[j] != '/' {
			j++
		}
		switch part := path[i:j]; part {
		case "", ".":
		case "..":
			if len(dirs) > 0 {
				dirs = dirs[:len(dirs)-1]
			}
		default:
			dirs = append(dirs, part)
		}
		i = j + 1
	}
	return "/" + strings.Join(dirs, "/")
}
