//go:build ignore

package main

// Mutant: a dot follows only the first child that exists instead of trying
// every child, so a pattern fails when its match lies down a later branch.
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
	node := this
	for i := 0; i < len(word); i++ {
		var next *WordDictionary
		if word[i] == '.' {
			for _, child := range node.children {
				if child != nil {
					next = child
					break
				}
			}
		} else {
			next = node.children[word[i]-'a']
		}
		if next == nil {
			return false
		}
		node = next
	}
	return node.end
}
