//go:build ignore

package main

// Trie is a node of a prefix tree: one child slot per lowercase letter and a
// flag marking that an inserted word ends here. Every operation walks one
// node per character, so it costs O(L) for a string of length L.
type Trie struct {
	children [26]*Trie
	isWord   bool
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
	node.isWord = true
}

// walk returns the node reached by following s, or nil if s leaves the trie.
func (this *Trie) walk(s string) *Trie {
	node := this
	for i := 0; i < len(s) && node != nil; i++ {
		node = node.children[s[i]-'a']
	}
	return node
}

func (this *Trie) Search(word string) bool {
	node := this.walk(word)
	return node != nil && node.isWord
}

func (this *Trie) StartsWith(prefix string) bool {
	return this.walk(prefix) != nil
}
