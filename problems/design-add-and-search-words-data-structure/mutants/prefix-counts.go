//go:build ignore

package main

// Mutant: reports a match as soon as the pattern's path exists in the trie,
// without checking that an added word ends there, so prefixes of added words
// count as words.
type WordDictionary struct {
	children [26]*WordDictionary
	end      bool
}

func Constructor() WordDictionary {
	return WordDictionary{}
}

func (this *WordDictionary) AddWord(word string) {
	node := this
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		if node.children[c] == nil {
			node.children[c] = &WordDictionary{}
		}
		node = node.children[c]
	}
	node.end = true
}

func (this *WordDictionary) Search(word string) bool {
	return this.match(word, 0)
}

func (this *WordDictionary) match(word string, i int) bool {
	node := this
	for ; i < len(word); i++ {
		if word[i] == '.' {
			for _, child := range node.children {
				if child != nil && child.match(word, i+1) {
					return true
				}
			}
			return false
		}
		node = node.children[word[i]-'a']
		if node == nil {
			return false
		}
	}
	return true
}
