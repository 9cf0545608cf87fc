//go:build ignore

package main

import "sort"

// Mutant: sorts s alphabetically, ignoring order altogether: right only
// when order happens to list its letters from a to z.
func customSortString(order string, s string) string {
	b := []byte(s)
	sort.Slice(b, func(i, j int) bool { return b[i] < b[j] })
	return string(b)
}
