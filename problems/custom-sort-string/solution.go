//go:build ignore

package main

import "strings"

// customSortString counts each letter of s, writes the letters of order in
// order, each as often as s has it, and then the letters order does not
// mention, which may go anywhere. No comparisons: O(len(s) + 26).
func customSortString(order string, s string) string {
	var count [26]int
	for i := 0; i < len(s); i++ {
		count[s[i]-'a']++
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(order); i++ {
		c := order[i]
		b.WriteString(strings.Repeat(string(c), count[c-'a']))
		count[c-'a'] = 0
	}
	for c := range count {
		b.WriteString(strings.Repeat(string(rune('a'+c)), count[c]))
	}
	return b.String()
}
