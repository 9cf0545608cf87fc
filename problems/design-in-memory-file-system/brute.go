//go:build ignore

package main

import (
	"sort"
	"strings"
)

// FileSystem keeps two flat tables keyed by full path: the directories and
// the files with their content. ls looks at every path ever created and
// keeps those whose parent is the listed directory.
type FileSystem struct {
	dirs  map[string]bool
	files map[string]string
}

func Constructor() FileSystem {
	return FileSystem{dirs: map[string]bool{"/": true}, files: map[string]string{}}
}

func parent(p string) string {
	i := strings.LastIndex(p, "/")
	if i == 0 {
		return "/"
	}
	return p[:i]
}

func (this *FileSystem) Ls(path string) []string {
	if _, ok := this.files[path]; ok {
		return []string{path[strings.LastIndex(path, "/")+1:]}
	}
	out := []string{}
	var all []string
	for d := range this.dirs {
		all = append(all, d)
	}
	for f := range this.files {
		all = append(all, f)
	}
	for _, p := range all {
		if p != "/" && parent(p) == path {
			out = append(out, p[strings.LastIndex(p, "/")+1:])
		}
	}
	sort.Strings(out)
	return out
}

func (this *FileSystem) Mkdir(path string) {
	for p := path; p != "/"; p = parent(p) {
		this.dirs[p] = true
	}
}

func (this *FileSystem) AddContentToFile(filePath string, content string) {
	this.Mkdir(parent(filePath))
	this.files[filePath] += content
}

func (this *FileSystem) ReadContentFromFile(filePath string) string {
	return this.files[filePath]
}
