//go:build ignore

package main

import "strings"

// Mutant: counts the listed letters correctly but collects the unlisted
// ones in a set, so a letter order does not mention is written once however
// often s has it.
func customSortString(order string, s string) string {
	var count [26]int
	rest := map[byte]bool{}
	for i := 0; i < len(s); i++ {
		count[s[i]-'a']++
		if strings.IndexByte(order, s[i]) < 0 {
			rest[s[i]] = true
		}
	}
	var b strings.Builder
	for i := 0; i < len(order); i++ {
		b.WriteString(strings.Repeat(string(order[i]), count[order[i]-'a']))
	}
	for c := range rest {
		b.WriteByte(c)
	}
	return b.String()
}
