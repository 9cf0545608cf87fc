//go:build ignore

package main

import "regexp"

// WordDictionary keeps every added word in a list; a search turns the
// pattern into an anchored regular expression (a dot already means "any one
// character") and tries it on each word.
type WordDictionary struct {
	words []string
}

func Constructor() WordDictionary {
	return WordDictionary{}
}

func (this *WordDictionary) AddWord(word string) {
	this.words = append(this.words, word)
}

func (this *WordDictionary) Search(word string) bool {
	re := regexp.MustCompile("^" + word + "$")
	for _, w := range this.words {
		if re.MatchString(w) {
			return true
		}
	}
	return false
}
