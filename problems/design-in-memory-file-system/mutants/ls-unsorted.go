//go:build ignore

package main

import "strings"

// Mutant: keeps each directory's entries in the order they were created and
// lists them in that order instead of sorting them.
type FileSystem struct {
	root *node
}

type node struct {
	names    []string
	children map[string]*node
	isFile   bool
	content  string
}

func newNode() *node { return &node{children: map[string]*node{}} }

func Constructor() FileSystem { return FileSystem{root: newNode()} }

func (this *FileSystem) walk(path string) *node {
	n := this.root
	if path == "/" {
		return n
	}
	for _, name := range strings.Split(path[1:], "/") {
		c, ok := n.children[name]
		if !ok {
			c = newNode()
			n.children[name] = c
			n.names = append(n.names, name)
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
	return append([]string{}, n.names...)
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
