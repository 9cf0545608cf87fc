//go:build ignore

package main

// WordDictionary is a node of a prefix tree over lower-case letters, with a
// flag for a word ending here. Adding walks one node per letter; searching
// walks the same way, except that a dot tries every child that exists.
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

// match reports whether the pattern word[i:] leads from this node to the end
// of an added word.
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
	return node.end
}
