//go:build ignore

package main

import "strings"

// Mutant: writes the letters of order as often as s has them, but forgets
// the letters order does not mention: they vanish from the answer.
func customSortString(order string, s string) string {
	var b strings.Builder
	for i := 0; i < len(order); i++ {
		b.WriteString(strings.Repeat(string(order[i]), strings.Count(s, string(order[i]))))
	}
	return b.String()
}
