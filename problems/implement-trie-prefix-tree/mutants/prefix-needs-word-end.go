//go:build ignore

package main

// Mutant: startsWith reuses search's final check and also demands the
// end-of-word flag, so a proper prefix of a stored word is rejected.
type Trie struct {
	children [26]*Trie
	isEnd    bool
}

func Constructor() Trie {
	return Trie{}
}

func (this *Trie) Insert(word string) {
	node := this
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		if node.children[c] == nil {
			node.children[c] = &Trie{}
		}
		node = node.children[c]
	}
	node.isEnd = true
}

func (this *Trie) lookup(s string) bool {
	node := this
	for i := 0; i < len(s); i++ {
		if node = node.children[s[i]-'a']; node == nil {
			return false
		}
	}
	return node.isEnd
}

func (this *Trie) Search(word string) bool {
	return this.lookup(word)
}

func (this *Trie) StartsWith(prefix string) bool {
	return this.lookup(prefix)
}
