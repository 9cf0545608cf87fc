//go:build ignore

package main

import "strings"

// Mutant: writes each letter of order once if s contains it, instead of as
// many times as it occurs, then the unlisted letters: repeated listed
// letters are lost.
func customSortString(order string, s string) string {
	var b strings.Builder
	for i := 0; i < len(order); i++ {
		if strings.IndexByte(s, order[i]) >= 0 {
			b.WriteByte(order[i])
		}
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(order, s[i]) < 0 {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
