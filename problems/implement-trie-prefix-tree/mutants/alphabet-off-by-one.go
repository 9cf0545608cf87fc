//go:build ignore

package main

// Mutant: sizes the children array for 25 letters, so any word containing
// 'z' indexes past the end.
type Trie struct {
	children [25]*Trie
	isEnd    bool
}

func Constructor() Trie {
	return Trie{}
}

func (this *Trie) Insert(word string) {
	node := this
	for _, c := range word {
		i := c - 'a'
		if node.children[i] == nil {
			node.children[i] = &Trie{}
		}
		node = node.children[i]
	}
	node.isEnd = true
}

func (this *Trie) Search(word string) bool {
	node := this
	for _, c := range word {
		node = node.children[c-'a']
		if node == nil {
			return false
		}
	}
	return node.isEnd
}

func (this *Trie) StartsWith(prefix string) bool {
	node := this
	for _, c := range prefix {
		node = node.children[c-'a']
		if node == nil {
			return false
		}
	}
	return true
}
