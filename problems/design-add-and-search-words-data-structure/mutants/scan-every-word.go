//go:build ignore

package main

// Mutant: keeps the words in a plain list and compares the pattern with every
// one of them on each search, O(n·L) per query instead of a walk down a trie.
// verdict: time_limit_exceeded
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
	for _, w := range this.words {
		if len(w) != len(word) {
			continue
		}
		ok := true
		for i := 0; i < len(w); i++ {
			if word[i] != '.' && word[i] != w[i] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
