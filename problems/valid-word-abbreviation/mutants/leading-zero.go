//go:build ignore

package main

// Mutant: reads every run of digits as a number, so a leading zero ("k02board")
// or a zero-length piece ("0a") is accepted.
// verdict: wrong_answer
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
		skip := 0
		for j < len(abbr) && abbr[j] >= '0' && abbr[j] <= '9' {
			skip = skip*10 + int(abbr[j]-'0')
			j++
		}
		i += skip
	}
	return i == len(word) && j == len(abbr)
}
