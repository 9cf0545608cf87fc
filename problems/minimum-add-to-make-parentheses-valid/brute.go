//go:build ignore

package main

import "strings"

// minAddToMakeValid deletes matched pairs "()" until none is left; what
// remains is a run of ')' followed by a run of '(', each of which needs one
// insertion.
func minAddToMakeValid(s string) int {
	for strings.Contains(s, "()") {
		s = strings.ReplaceAll(s, "()", "")
	}
	return len(s)
}
