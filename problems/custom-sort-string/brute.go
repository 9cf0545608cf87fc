//go:build ignore

package main

import "strings"

// customSortString gives each letter a rank, its position in order or 26
// when order does not list it, and bubble-sorts the letters of s by rank.
func customSortString(order string, s string) string {
	rank := func(c byte) int {
		if i := strings.IndexByte(order, c); i >= 0 {
			return i
		}
		return 26
	}
	b := []byte(s)
	for swapped := true; swapped; {
		swapped = false
		for i := 0; i+1 < len(b); i++ {
			if rank(b[i]) > rank(b[i+1]) {
				b[i], b[i+1] = b[i+1], b[i]
				swapped = true
			}
		}
	}
	return string(b)
}
