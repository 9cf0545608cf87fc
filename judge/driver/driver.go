// Package driver writes the Go program that judges a solution: the user's
// file made into a package-main file, the types LeetCode predefines for the
// problem, and a generated main that decodes each test, calls the solution
// and reports results on the judge's own channel (file descriptor 3).
package driver

import (
	"bytes"
	"embed"
	"fmt"
	"runtime"
	"sort"
	"strings"

	"github.com/judgehq/judge/judge/problem"
)

//go:embed support/*.go
var support embed.FS

// Program is the source of one judged program: file name → content.
type Program struct {
	Files map[string][]byte
}

// UserFile is the name the user's code gets in the build folder.
const UserFile = "solution.go"

// Generator is the name gen.go gets in the build folder.
const Generator = "gen.go"

// genHelpers is the support file generator builds get besides gen.go:
// genTree and the functions that build large trees with it.
const genHelpers = "gentree.go"

// Source is Go code in the user's form, with the name shown in messages.
type Source struct {
	Name string
	Code string
}

// New writes the program that runs src on p's tests. With gen set, the
// program can also run p's generator (the reference's calibration build),
// and gets the generators' helpers (support/gentree.go) besides.
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
	files := supportFiles(need)
	if gen != nil {
		files = append(files, genHelpers)
	}
	for _, name := range files {
		b, err := support.ReadFile("support/" + name)
		if err != nil {
			return nil, err
		}
		prog.Files["0judge_"+name] = bytes.Replace(b, []byte("\npackage support\n"), []byte("\npackage main\n"), 1)
	}
	main, err := mainFile(p, gen != nil)
	if err != nil {
		return nil, err
	}
	prog.Files["0judge_main.go"] = []byte(main)
	return prog, nil
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

func supportFiles(types []string) []string {
	// Explicit files are built whatever their build constraints say: the
	// judged program runs where the judge does, which picks for it.
	cpu := "cputime_other.go"
	if runtime.GOOS != "windows" && runtime.GOOS != "plan9" && runtime.GOOS != "js" && runtime.GOOS != "wasip1" {
		cpu = "cputime_unix.go"
	}
	files := []string{"runtime.go", "values.go", "decode.go", cpu}
	for _, t := range types {
		files = append(files, map[string]string{"ListNode": "list.go", "TreeNode": "tree.go", "Node": "graph.go"}[t])
	}
	return files
}
