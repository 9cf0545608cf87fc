//go:build ignore

package main

import (
	"sort"
	"strings"
)

// Mutant: splits every path after its leading slash without special-casing
// the root, so "/" becomes one empty name and ls("/") lists the (empty)
// contents of a phantom directory named "" instead of the root's.
type FileSystem struct {
	root *node
}

type node struct {
	children map[string]*node
	isFile   bool
	content  string
}

func newNode() *node { return &node{children: map[string]*node{}} }

func Constructor() FileSystem { return FileSystem{root: newNode()} }

func (this *FileSystem) walk(path string) *node {
	n := this.root
	for _, name := range strings.Split(path[1:], "/") {
		c, ok := n.children[name]
		if !ok {
			c = newNode()
			n.children[name] = c
		}
		n = c
	}
	return n
}

func (this *FileSystem) Ls(path string) []string {
	n := this.walk(path)
	if n.isFile {
		return []string{path[strings.LastIndex(path, "/")+1:]}
	}
	out := []string{}
	for name := range n.children {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

func (this *FileSystem) Mkdir(path string) { this.walk(path) }

func (this *FileSystem) AddContentToFile(filePath string, content string) {
	n := this.walk(filePath)
	n.isFile = true
	n.content += content
}

func (this *FileSystem) ReadContentFromFile(filePath string) string {
	return this.walk(filePath).content
}
