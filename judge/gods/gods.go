// Package gods carries the source of github.com/emirpasic/gods v1.18.1,
// the one library LeetCode's Go environment offers besides the standard
// library, so that solutions written there build here too, offline: which
// packages a solution may import, which names it may use without
// importing, and the module's files, which the build compiles on first use.
//
// _module/ is the module as published, less its tests and examples, with
// its licence; the go tool ignores folders whose names start with "_", so
// the judge's own builds never see it as a package of theirs.
package gods

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
)

// Module is the library's module path, and Version the version LeetCode
// offers.
const (
	Module  = "github.com/emirpasic/gods"
	Version = "v1.18.1"
)

// goMod is the module's go.mod as published: a folder holding a go.mod is
// another module, which go:embed refuses, so it lives here.
const goMod = "module " + Module + "\n\ngo 1.2\n"

//go:embed _module
var module embed.FS

// Source is the module's files by slash-separated path within it (go.mod
// and LICENSE among them), and a hash of them all that changes with any.
var Source = sync.OnceValues(func() (map[string][]byte, string) {
	files := map[string][]byte{"go.mod": []byte(goMod)}
	err := fs.WalkDir(module, "_module", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := module.ReadFile(name)
		files[strings.TrimPrefix(name, "_module/")] = b
		return err
	})
	if err != nil {
		panic(err) // embedded: cannot fail
	}
	h := sha256.New()
	for _, name := range slices.Sorted(maps.Keys(files)) {
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(files[name]))
		h.Write(files[name])
	}
	return files, hex.EncodeToString(h.Sum(nil))[:16]
})

// packages are the module's packages: import path → package name, which
// in this module is always the folder's name. Unlike Source, it reads
// only the names of the files: every user's file asks for it.
var packages = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	err := fs.WalkDir(module, "_module", func(name string, d fs.DirEntry, err error) error {
		if dir := path.Dir(strings.TrimPrefix(name, "_module/")); err == nil && !d.IsDir() && strings.HasSuffix(name, ".go") {
			out[Module+"/"+dir] = path.Base(dir)
		}
		return err
	})
	if err != nil {
		panic(err) // embedded: cannot fail
	}
	return out
})

// Packages are the import paths of the module's packages, sorted.
func Packages() []string {
	return slices.Sorted(maps.Keys(packages()))
}

// Has reports whether importPath is one of the module's packages.
func Has(importPath string) bool {
	_, ok := packages()[importPath]
	return ok
}

// Uses reports whether any of imports is one of the module's packages.
func Uses(imports []string) bool {
	return slices.ContainsFunc(imports, Has)
}

// byName maps each package's name to its import path.
var byName = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for p, name := range packages() {
		out[name] = p
	}
	return out
})

// ByName is the package named name, which a solution may use without
// importing it, as on LeetCode: "redblacktree" is
// github.com/emirpasic/gods/trees/redblacktree. Where the standard library
// has a package of the same name (maps), the caller's choice wins.
func ByName(name string) (importPath string, ok bool) {
	importPath, ok = byName()[name]
	return importPath, ok
}
