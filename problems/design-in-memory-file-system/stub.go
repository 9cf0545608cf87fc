//go:build ignore

package main

type FileSystem struct {
}

func Constructor() FileSystem {
	return FileSystem{}
}

func (this *FileSystem) Ls(path string) []string {
	return nil
}

func (this *FileSystem) Mkdir(path string) {
}

func (this *FileSystem) AddContentToFile(filePath string, content string) {
}

func (this *FileSystem) ReadContentFromFile(filePath string) string {
	return ""
}

/**
 * Your FileSystem object will be instantiated and called as such:
 * obj := Constructor();
 * param_1 := obj.Ls(path);
 * obj.Mkdir(path);
 * obj.AddContentToFile(filePath,content);
 * param_4 := obj.ReadContentFromFile(filePath);
 */
