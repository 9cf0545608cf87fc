//go:build ignore

package main

import "fmt"

// check accepts any rearrangement of s in which, for every two letters that
// order lists, all copies of the one listed first come before all copies of
// the other. Letters order does not list may stand anywhere.
func check(order string, s string, want, got string) string {
	var count [26]int
	for i := 0; i < len(s); i++ {
		count[s[i]-'a']++
	}
	for i := 0; i < len(got); i++ {
		c := got[i]
		if c < 'a' || c > 'z' {
			return fmt.Sprintf("position %d holds %q, which is not a lowercase letter of s", i, c)
		}
		count[c-'a']--
	}
	for c, n := range count {
		switch {
		case n > 0:
			return fmt.Sprintf("the answer has %d fewer %q than s: it must use every letter of s exactly as often", n, 'a'+c)
		case n < 0:
			return fmt.Sprintf("the answer has %d more %q than s: it must use every letter of s exactly as often", -n, 'a'+c)
		}
	}
	rank := [26]int{}
	for c := range rank {
		rank[c] = -1
	}
	for i := 0; i < len(order); i++ {
		rank[order[i]-'a'] = i
	}
	highest := -1
	for i := 0; i < len(got); i++ {
		r := rank[got[i]-'a']
		if r < 0 {
			continue
		}
		if r < highest {
			return fmt.Sprintf("position %d: %q comes after %q, but order lists it first", i, got[i], order[highest])
		}
		highest = r
	}
	return ""
}
