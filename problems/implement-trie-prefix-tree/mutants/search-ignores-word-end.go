//go:build ignore

package main

// Mutant: search only checks that the path exists and forgets the end-of-word
// flag, so any prefix of an inserted word is reported as a word.
type Trie struct {
	next map[byte]*Trie
	end  bool
}

func Constructor() Trie {
	return Trie{next: map[byte]*Trie{}}
}

func (this *Trie) Insert(word string) {
	node := this
	for i := 0; i < len(word); i++ {
		child, ok := node.next[word[i]]
		if !ok {
			child = &Trie{next: map[byte]*Trie{}}
			node.next[word[i]] = child
		}
		node = child
	}
	node.end = true
}

func (this *Trie) find(s string) *Trie {
	node := this
	for i := 0; i < len(s); i++ {
		child, ok := node.next[s[i]]
		if !ok {
			return nil
		}
		node = child
	}
	return node
}

func (this *Trie) Search(word string) bool {
	return this.find(word) != nil
}

func (this *Trie) StartsWith(prefix string) bool {
	return this.find(prefix) != nil
}
