//go:build ignore

package main

// validWordAbbreviation walks both strings with one index each: a letter of
// abbr must match the word's letter, a number (no leading zero) skips that
// many letters of the word. Both must end together.
func validWordAbbreviation(word string, abbr string) bool {
	i, j := 0, 0
	for i < len(word) && j < len(abbr) {
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
			return false // a leading zero, or a length of zero
		}
		skip := 0
		for j < len(abbr) && abbr[j] >= '0' && abbr[j] <= '9' {
			skip = skip*10 + int(abbr[j]-'0')
			j++
			if skip > len(word) {
				return false // keeps the number small as well
			}
		}
		i += skip
	}
	return i == len(word) && j == len(abbr)
}
