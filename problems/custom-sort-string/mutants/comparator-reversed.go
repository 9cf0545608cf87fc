//go:build ignore

package main

import (
	"sort"
	"strings"
)

// Mutant: sorts s by each letter's position in order, but the comparison
// is flipped (>), so the listed letters come out in reverse order.
func customSortString(order string, s string) string {
	b := []byte(s)
	sort.SliceStable(b, func(i, j int) bool {
		return strings.IndexByte(order, b[i]) > strings.IndexByte(order, b[j])
	})
	return string(b)
}
