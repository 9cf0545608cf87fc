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
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/judgehq/judge/judge/problem"
)

//go:embed support/*.go inmain/*.go
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

// OwnImports are the packages the driver's files of package main (inmain/)
// import: judged programs and generator builds need them whatever the
// user's code imports.
var OwnImports = sync.OnceValue(func() []string {
	files := map[string][]byte{}
	entries, err := fs.ReadDir(sources, "inmain")
	if err != nil {
		panic(err) // embedded: cannot fail
	}
	for _, e := range entries {
		if name := e.Name(); !strings.HasSuffix(name, "_test.go") {
			files[name], _ = sources.ReadFile("inmain/" + name)
		}
	}
	imports, err := importsOf(files)
	if err != nil {
		panic(err) // the package's own tests compile these files
	}
	return imports
})

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

// Generator is the name gen.go gets in the build folder.
const Generator = "gen.go"

// genHelpers is the file of inmain/ that generator builds get besides
// gen.go: genTree and the functions that build large trees with it.
const genHelpers = "gentree.go"

// Source is Go code in the user's form, with the name shown in messages.
type Source struct {
	Name string
	Code string
}

// New writes the program that runs src on p's tests. With gen set, the
// program can also run p's generator (the reference's calibration build),
// and gets the generators' helpers (inmain/gentree.go) besides.
func New(p *problem.Problem, src Source, gen *Source) (*Program, error) {
	need := typesUsed(p)
	user, err := Prepare(src, need)
	if err != nil {
		return nil, err
	}
	if err := CheckSignature(p, src.Name, user); err != nil {
		return nil, err
	}
	prog := &Program{Files: map[string][]byte{UserFile: []byte(user.Code)}}
	var predef []string
	for _, t := range need {
		if !user.declares(t) {
			predef = append(predef, t)
		}
	}
	if gen != nil {
		g, err := Prepare(*gen, need)
		if err != nil {
			return nil, fmt.Errorf("gen.go: %w", err)
		}
		prog.Files[Generator] = []byte(g.Code)
	}
	prog.Files["0judge_types.go"] = []byte(predefined(predef))
	files := inmainFiles(need)
	if gen != nil {
		files = append(files, genHelpers)
	}
	for _, name := range files {
		b, err := sources.ReadFile("inmain/" + name)
		if err != nil {
			return nil, err
		}
		prog.Files["0judge_"+name] = bytes.Replace(b, []byte("\npackage inmain\n"), []byte("\npackage main\n"), 1)
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

// typesUsed lists the predefined types the problem's signature needs.
func typesUsed(p *problem.Problem) []string {
	set := map[string]bool{}
	add := func(t string) {
		switch strings.TrimLeft(t, "[]*") {
		case "ListNode", "TreeNode", "Node":
			set[strings.TrimLeft(t, "[]*")] = true
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
	var out []string
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

var typeDecls = map[string]string{
	"ListNode": "type ListNode struct {\n\tVal  int\n\tNext *ListNode\n}\n",
	"TreeNode": "type TreeNode struct {\n\tVal   int\n\tLeft  *TreeNode\n\tRight *TreeNode\n}\n",
	"Node":     "type Node struct {\n\tVal       int\n\tNeighbors []*Node\n}\n",
}

func predefined(types []string) string {
	var b strings.Builder
	b.WriteString("package main\n\n// The types LeetCode predefines for this problem.\n\n")
	for _, t := range types {
		b.WriteString(typeDecls[t])
	}
	return b.String()
}

// inmainFiles are the files of inmain/ the predefined types need.
func inmainFiles(types []string) []string {
	var files []string
	for _, t := range types {
		files = append(files, map[string]string{"ListNode": "list.go", "TreeNode": "tree.go", "Node": "graph.go"}[t])
	}
	return files
}
