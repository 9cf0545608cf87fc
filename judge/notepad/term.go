package notepad

import (
	"fmt"
	"strings"
	"unicode"
)

// Term is something notes can mention: one or more synonyms, each a run
// of words. It is written "label|labels|ground truth": synonyms separated
// by "|". A word matches itself and itself plus a common ending (s, es,
// d, ed, ing); a word ending in "*" matches every word it begins.
type Term struct {
	text     string
	synonyms [][]string
}

// ParseTerm reads a term; a synonym without a word is an error.
func ParseTerm(s string) (Term, error) {
	t := Term{text: s}
	for _, syn := range strings.Split(s, "|") {
		ws := termWords(syn)
		if len(ws) == 0 {
			return Term{}, fmt.Errorf("term %q: synonym %q has no word (letters or digits)", s, strings.TrimSpace(syn))
		}
		t.synonyms = append(t.synonyms, ws)
	}
	return t, nil
}

// String is the term as written.
func (t Term) String() string { return t.text }

// termWords is Words, keeping a "*" that ends a word.
func termWords(s string) []string {
	var out []string
	var cur []rune
	end := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = nil
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, r)
		case r == '*' && len(cur) > 0:
			cur = append(cur, r)
			end()
		default:
			end()
		}
	}
	end()
	return out
}

// endings are what a word may carry and still match: plurals, verb forms.
var endings = []string{"s", "es", "d", "ed", "ing"}

func wordMatches(pattern, word string) bool {
	if stem, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(word, stem)
	}
	if word == pattern {
		return true
	}
	if rest, ok := strings.CutPrefix(word, pattern); ok {
		for _, e := range endings {
			if rest == e {
				return true
			}
		}
	}
	return false
}

// In reports whether words (from Words) mention the term: one of its
// synonyms, its words in a row.
func (t Term) In(words []string) bool {
	for _, syn := range t.synonyms {
		for i := 0; i+len(syn) <= len(words); i++ {
			ok := true
			for k, p := range syn {
				if !wordMatches(p, words[i+k]) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// AllIn reports whether words mention every term.
func AllIn(terms []Term, words []string) bool {
	for _, t := range terms {
		if !t.In(words) {
			return false
		}
	}
	return len(terms) > 0
}
