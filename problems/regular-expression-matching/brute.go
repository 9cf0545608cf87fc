//go:build ignore

package main

import "regexp"

// isMatch hands the pattern to Go's regexp package, anchored at both ends:
// '.' and '*' mean the same there, and RE2 never backtracks.
func isMatch(s string, p string) bool {
	return regexp.MustCompile(`^(?:` + p + `)$`).MatchString(s)
}
