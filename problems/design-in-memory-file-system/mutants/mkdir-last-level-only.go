//go:build ignore

package main

import (
	"sort"
	"strings"
)

// Mutant: mkdir assumes every directory above the new one exists and only
// creates the last level, so a path with missing levels fails.
//
// No time_limit_exceeded mutant: with at most 300 calls on paths of at most
// 100 characters, no slower structure a candidate would write runs out of
// time.
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

func (this *FileSystem) find(path string) *node {
	n := this.root
	if path == "/" {
		return n
	}
	for _, name := range strings.Split(path[1:], "/") {
		n = n.children[name]
	}
	return n
}

func (this *FileSystem) Ls(path string) []string {
	n := this.find(path)
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

func (this *FileSystem) create(path string) *node {
	i := strings.LastIndex(path, "/")
	dir := path[:i]
	if dir == "" {
		dir = "/"
	}
	parent := this.find(dir)
	c, ok := parent.children[path[i+1:]]
	if !ok {
		c = newNode()
		parent.children[path[i+1:]] = c
	}
	return c
}

func (this *FileSystem) Mkdir(path string) { this.create(path) }

func (this *FileSystem) AddContentToFile(filePath string, content string) {
	n := this.create(filePath)
	n.isFile = true
	n.content += content
}

func (this *FileSystem) ReadContentFromFile(filePath string) string {
	return this.find(filePath).content
}
