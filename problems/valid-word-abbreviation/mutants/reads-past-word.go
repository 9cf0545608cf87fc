//go:build ignore

package main

// Mutant: loops over abbr alone and compares a letter with word[i] without
// checking that a number has not already jumped past the word's end, so
// "a1b" against "ab" indexes out of range.
// verdict: runtime_error
func validWordAbbreviation(word string, abbr string) bool {
	i := 0
	for j := 0; j < len(abbr); {
		c := abbr[j]
		if c >= 'a' && c <= 'z' {
			if word[i] != c {
				return false
			}
			i++
			j++
			continue
		}
		if c == '0' {
			return false
		}
		skip := 0
		for j < len(abbr) && abbr[j] >= '0' && abbr[j] <= '9' {
			skip = skip*10 + int(abbr[j]-'0')
			j++
		}
		i += skip
	}
	return i == len(word)
}
