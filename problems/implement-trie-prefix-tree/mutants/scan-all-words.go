//go:build ignore

package main

import "strings"

// Mutant: no tree at all: keeps the words in a set and answers startsWith by
// checking every stored word, O(n·L) per query instead of O(L) (about 3 s of
// CPU on the largest generated test).
// verdict: time_limit_exceeded
type Trie struct {
	words map[string]bool
}

func Constructor() Trie {
	return Trie{words: map[string]bool{}}
}

func (this *Trie) Insert(word string) {
	this.words[word] = true
}

func (this *Trie) Search(word string) bool {
	return this.words[word]
}

func (this *Trie) StartsWith(prefix string) bool {
	for w := range this.words {
		if strings.HasPrefix(w, prefix) {
			return true
		}
	}
	return false
}
