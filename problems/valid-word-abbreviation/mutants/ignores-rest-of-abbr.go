//go:build ignore

package main

// Mutant: stops as soon as the word is used up and answers from the word's
// index alone, so extra letters or numbers left in abbr ("applee") pass.
// (No time-limit mutant: at 20 letters even listing all 2^20 abbreviations
// is too close to the limit to fail reliably.)
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
