//go:build ignore

package main

import "strconv"

// validWordAbbreviation lists every abbreviation of word, one per set of
// replaced letters (each maximal run of replaced letters becomes its
// length), and checks whether abbr is among them.
func validWordAbbreviation(word string, abbr string) bool {
	n := len(word)
	for mask := 0; mask < 1<<n; mask++ {
		s := ""
		run := 0
		for i := 0; i < n; i++ {
			if mask&(1<<i) != 0 {
				run++
				continue
			}
			if run > 0 {
				s += strconv.Itoa(run)
				run = 0
			}
			s += string(word[i])
		}
		if run > 0 {
			s += strconv.Itoa(run)
		}
		if s == abbr {
			return true
		}
	}
	return false
}
