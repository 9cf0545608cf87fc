//go:build ignore

package main

import (
	"sort"
	"strings"
)

// Mutant: keeps flat tables of full paths and lists a directory by taking
// every path that starts with the directory's path, without requiring the
// '/' after it, so "/ab/x" shows up (as "b") when listing "/a".
type FileSystem struct {
	paths map[string]bool // every directory and file
	files map[string]string
}

func Constructor() FileSystem {
	return FileSystem{paths: map[string]bool{}, files: map[string]string{}}
}

func (this *FileSystem) Ls(path string) []string {
	if _, ok := this.files[path]; ok {
		return []string{path[strings.LastIndex(path, "/")+1:]}
	}
	seen := map[string]bool{}
	out := []string{}
	prefix := strings.TrimSuffix(path, "/")
	for p := range this.paths {
		if !strings.HasPrefix(p, prefix) || len(p) == len(prefix) {
			continue
		}
		rest := strings.TrimPrefix(p[len(prefix):], "/")
		name := strings.SplitN(rest, "/", 2)[0]
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

func (this *FileSystem) Mkdir(path string) {
	parts := strings.Split(path[1:], "/")
	for i := range parts {
		this.paths["/"+strings.Join(parts[:i+1], "/")] = true
	}
}

func (this *FileSystem) AddContentToFile(filePath string, content string) {
	this.paths[filePath] = true
	this.files[filePath] += content
}

func (this *FileSystem) ReadContentFromFile(filePath string) string {
	return this.files[filePath]
}
