//go:build ignore

package main

import (
	"sort"
	"strings"
)

// FileSystem is a tree of nodes keyed by name, like a trie over path
// components. A directory keeps its children in a map (made when its first
// child arrives); a file keeps its content. Every call walks its path one
// component at a time, creating missing nodes when it writes.
type FileSystem struct {
	root *fsNode
}

type fsNode struct {
	children map[string]*fsNode
	isFile   bool
	content  []byte
}

func Constructor() FileSystem {
	return FileSystem{root: &fsNode{}}
}

// walk returns the node at path, creating missing nodes on the way. It
// reads the path's names one at a time between slashes; "/" has none.
func (this *FileSystem) walk(path string) *fsNode {
	n := this.root
	for rest := path[1:]; rest != ""; {
		name := rest
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			name, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		child, ok := n.children[name]
		if !ok {
			if n.children == nil {
				n.children = map[string]*fsNode{}
			}
			child = &fsNode{}
			n.children[name] = child
		}
		n = child
	}
	return n
}

func (this *FileSystem) Ls(path string) []string {
	n := this.walk(path)
	if n.isFile {
		return []string{path[strings.LastIndexByte(path, '/')+1:]}
	}
	names := make([]string, 0, len(n.children))
	for name := range n.children {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

func (this *FileSystem) Mkdir(path string) {
	this.walk(path)
}

func (this *FileSystem) AddContentToFile(filePath string, content string) {
	n := this.walk(filePath)
	n.isFile = true
	n.content = append(n.content, content...)
}

func (this *FileSystem) ReadContentFromFile(filePath string) string {
	return string(this.walk(filePath).content)
}
