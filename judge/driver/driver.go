// Package driver writes the Go program that judges a solution: the user's
// file made into a package-main file, the types LeetCode predefines for the
// problem, and a generated main that decodes each test, calls the solution
// and reports results on the judge's own channel (file descriptor 3)
// through the support package, which every judged program imports.
package driver

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/shape"
)

//go:embed support/*.go inmain/*.go inrandom/*.go inapi/*.go inparent/*.go inring/*.go incircular/*.go
var sources embed.FS

// SupportPath is the import path of the support package (support/), the
// judged program's runtime, compiled once per Go toolchain.
const SupportPath = "github.com/judgehq/judge/judge/driver/support"

// ArgsEnv is the environment variable that gives a judged program its
// settings (support.ArgsEnv is the same name): -mem=MB, -mark=M,
// -repeat=N, -minns=NS, -gen, -sized=N,N..., separated by spaces.
const ArgsEnv = "JUDGE_DRIVER_ARGS"

// Support is the support package's source: its files by name, the tests
// left out, and a hash of them all that changes with any of them.
var Support = sync.OnceValues(func() (map[string][]byte, string) {
	files := map[string][]byte{}
	entries, err := fs.ReadDir(sources, "support")
	if err != nil {
		panic(err) // embedded: cannot fail
	}
	h := sha256.New()
	for _, e := range entries {
		name := e.Name()
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		b, err := sources.ReadFile("support/" + name)
		if err != nil {
			panic(err)
		}
		files[name] = b
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(b))
		h.Write(b)
	}
	return files, hex.EncodeToString(h.Sum(nil))[:16]
})

// OwnImports are the packages the driver's files of package main (the
// shapes' files in inmain/ and inrandom/) import: judged programs and
// generator builds need them whatever the user's code imports.
var OwnImports = sync.OnceValue(func() []string {
	files := map[string][]byte{}
	for _, dir := range shapeDirs {
		entries, err := fs.ReadDir(sources, dir)
		if err != nil {
			panic(err) // embedded: cannot fail
		}
		for _, e := range entries {
			if name := e.Name(); !strings.HasSuffix(name, "_test.go") {
				files[dir+"/"+name], _ = sources.ReadFile(dir + "/" + name)
			}
		}
	}
	imports, err := importsOf(files)
	if err != nil {
		panic(err) // the packages' own tests compile these files
	}
	return imports
})

// shapeDirs are the packages of the shapes' codecs (the shape registry's
// Files), each compiled into package main where a shape needs it: one
// package per predefined Node, since LeetCode's Nodes differ.
var shapeDirs = []string{"inmain", "inrandom", "inapi", "inparent", "inring", "incircular"}

// Program is the source of one judged program's package main.
type Program struct {
	// Files are its files: name → content.
	Files map[string][]byte
	// Imports are the packages they import, sorted: SupportPath and
	// packages of the standard library and of github.com/emirpasic/gods.
	Imports []string
}

// UserFile is the name the user's code gets in the build folder.
const UserFile = "solution.go"

// APIFile is the name a package's api.go gets in the build folder.
const APIFile = "0judge_api_pkg.go"

// Generator is the name gen.go gets in the build folder.
const Generator = "gen.go"

// genHelpers is the file of inmain/ that generator builds get besides
// gen.go: genTree and the functions that build large trees with it.
const genHelpers = "inmain/gentree.go"

// Source is Go code in the user's form, with the name shown in messages.
type Source struct {
	Name string
	Code string
}

// New writes the program that runs src on p's tests. With gen set, the
// program can also run p's generator (the reference's calibration build),
// and gets the generators' helpers (inmain/gentree.go) besides.
func New(p *problem.Problem, src Source, gen *Source) (*Program, error) {
	shapes := shapesUsed(p)
	need := predefinedTypes(shapes)
	user, err := Prepare(src, need)
	if err != nil {
		return nil, err
	}
	var api *Prepared
	if p.API != "" {
		if api, err = Prepare(Source{Name: APIFile, Code: p.API}, need); err != nil {
			return nil, fmt.Errorf("api.go: %w", err)
		}
	}
	if err := CheckSignature(p, src.Name, user, api); err != nil {
		return nil, err
	}
	prog := &Program{Files: map[string][]byte{UserFile: []byte(user.Code)}}
	if api != nil {
		prog.Files[APIFile] = []byte(api.Code)
	}
	if gen != nil {
		g, err := Prepare(*gen, need)
		if err != nil {
			return nil, fmt.Errorf("gen.go: %w", err)
		}
		prog.Files[Generator] = []byte(g.Code)
	}
	prog.Files["0judge_types.go"] = []byte(predefined(shapes, user))
	files := shapeFiles(shapes)
	if gen != nil {
		files = append(files, genHelpers)
	}
	for _, name := range files {
		b, err := sources.ReadFile(name)
		if err != nil {
			return nil, err
		}
		prog.Files["0judge_"+path.Base(name)] = asMain(b)
	}
	main, err := mainFile(p, gen != nil)
	if err != nil {
		return nil, err
	}
	prog.Files["0judge_main.go"] = []byte(main)
	if prog.Imports, err = importsOf(prog.Files); err != nil {
		return nil, err
	}
	return prog, nil
}

// asMain is a driver file of package inmain or inrandom made a file of
// package main.
func asMain(b []byte) []byte {
	for _, pkg := range shapeDirs {
		if c := []byte("\npackage " + pkg + "\n"); bytes.Contains(b, c) {
			return bytes.Replace(b, c, []byte("\npackage main\n"), 1)
		}
	}
	return b
}

// importsOf lists the packages files import, sorted.
func importsOf(files map[string][]byte) ([]string, error) {
	set := map[string]bool{}
	fset := token.NewFileSet()
	for name, src := range files {
		f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
		if err != nil {
			return nil, err
		}
		for _, imp := range f.Imports {
			path, err := strconv.Unquote(imp.Path.Value)
			if err != nil {
				return nil, err
			}
			set[path] = true
		}
	}
	out := make([]string, 0, len(set))
	for path := range set {
		out = append(out, path)
	}
	sort.Strings(out)
	return out, nil
}

// shapesUsed are the shapes of the problem's signature, without repeats,
// in the order the signature names them.
func shapesUsed(p *problem.Problem) []*shape.Shape {
	var out []*shape.Shape
	add := func(t string) {
		if t == "" {
			return
		}
		if s, ok := p.Shape(t); ok && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	addParams := func(ps []problem.Param) {
		for _, q := range ps {
			add(q.Type)
		}
	}
	switch s := p.Sig; {
	case s.Function != nil:
		addParams(s.Function.Params)
		add(s.Function.Returns)
	case s.Class != nil:
		addParams(s.Class.Constructor)
		for _, m := range s.Class.Methods {
			addParams(m.Params)
			add(m.Returns)
		}
	case s.Codec != nil:
		add(s.Codec.Type)
	}
	return out
}

// predefinedTypes are the names of the types LeetCode predefines for
// shapes, sorted.
func predefinedTypes(shapes []*shape.Shape) []string {
	var out []string
	for _, s := range shapes {
		if s.Predefined != "" && !slices.Contains(out, s.Predefined) {
			out = append(out, s.Predefined)
		}
	}
	sort.Strings(out)
	return out
}

// predefined declares the types the shapes need that the user's file does
// not declare itself.
func predefined(shapes []*shape.Shape, user *Prepared) string {
	var b strings.Builder
	b.WriteString("package main\n\n// The types LeetCode predefines for this problem.\n\n")
	done := map[string]bool{}
	for _, s := range shapes {
		if s.Predefined == "" || done[s.Predefined] || user.declares(s.Predefined) {
			continue
		}
		done[s.Predefined] = true
		b.WriteString(s.Decl)
	}
	return b.String()
}

// shapeFiles are the driver's files with the shapes' codecs.
func shapeFiles(shapes []*shape.Shape) []string {
	var files []string
	for _, s := range shapes {
		for _, f := range s.Files {
			if !slices.Contains(files, f) {
				files = append(files, f)
			}
		}
	}
	sort.Strings(files)
	return files
}
