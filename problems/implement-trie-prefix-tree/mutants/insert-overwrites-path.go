//go:build ignore

package main

// Mutant: insert allocates a fresh child at every step instead of reusing an
// existing one, wiping out earlier words that share a prefix with the new one.
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
		node.children[c] = &Trie{}
		node = node.children[c]
	}
	node.isEnd = true
}

func (this *Trie) Search(word string) bool {
	node := this
	for i := 0; i < len(word); i++ {
		if node = node.children[word[i]-'a']; node == nil {
			return false
		}
	}
	return node.isEnd
}

func (this *Trie) StartsWith(prefix string) bool {
	node := this
	for i := 0; i < len(prefix); i++ {
		if node = node.children[prefix[i]-'a']; node == nil {
			return false
		}
	}
	return true
}
