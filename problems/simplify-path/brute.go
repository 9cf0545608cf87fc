//go:build ignore

package main

import "strings"

// simplifyPath drops the empty and "." parts, then repeatedly finds the
// first ".." and deletes it together with the name before it (or alone, at
// the front), until no ".." is left.
func simplifyPath(path string) string {
	var parts []string
	for _, p := range strings.Split(path, "/") {
		if p != "" && p != "." {
			parts = append(parts, p)
		}
	}
	for {
		k := -1
		for i, p := range parts {
			if p == ".." {
				k = i
				break
			}
		}
		if k < 0 {
			break
		}
		if k == 0 {
			parts = parts[1:]
		} else {
			parts = append(parts[:k-1:k-1], parts[k+1:]...)
		}
	}
	out := ""
	for _, p := range parts {
		out += "/" + p
	}
	if out == "" {
		out = "/"
	}
	return out
}
