package driver

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/driver/support"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/shape"
)

// TestGenHelpersShipped checks that generator builds, and only they, get the
// generators' tree helpers as a file of package main.
func TestGenHelpersShipped(t *testing.T) {
	p := &problem.Problem{Sig: problem.Signature{Function: &problem.Function{
		Name: "twice", Params: []problem.Param{{Name: "n", Type: "int"}}, Returns: "int",
	}}}
	src := Source{Name: "solution.go", Code: "func twice(n int) int { return 2 * n }\n"}
	gen := &Source{Name: "gen.go", Code: "func generate() []GenCase {\n\treturn []GenCase{{Name: \"big\", Input: map[string]any{\"n\": len(genChain(3, 0).genLevelOrder())}}}\n}\n"}
	const name = "0judge_gentree.go"

	prog, err := New(p, src, gen)
	if err != nil {
		t.Fatal(err)
	}
	b, ok := prog.Files[name]
	if !ok {
		t.Fatalf("a generator build has no %s", name)
	}
	if !bytes.Contains(b, []byte("\npackage main\n")) || bytes.Contains(b, []byte("package inmain")) {
		t.Errorf("%s is not made a file of package main", name)
	}
	if !bytes.Contains(b, []byte("type genTree struct")) {
		t.Errorf("%s does not declare genTree", name)
	}

	prog, err = New(p, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := prog.Files[name]; ok {
		t.Errorf("a build without a generator has %s", name)
	}
}

// TestCodecs checks that every shape's driver files exist and declare
// its codecs.
func TestCodecs(t *testing.T) {
	for _, sh := range shape.All() {
		var code []byte
		for _, f := range sh.Files {
			b, err := sources.ReadFile(f)
			if err != nil {
				t.Errorf("%s: file %s: %v", sh.Key(), f, err)
			}
			code = append(code, b...)
		}
		for _, fn := range []string{sh.Dec, sh.Enc, sh.Nodes, sh.EncAvoiding, sh.NodeOf, sh.Member, sh.Within} {
			if strings.HasPrefix(fn, "_j.") || fn == "" {
				continue // the support package's, or none
			}
			if !bytes.Contains(code, []byte("func "+fn+"(")) {
				t.Errorf("%s: no func %s in %v", sh.Key(), fn, sh.Files)
			}
		}
	}
	if ArgsEnv != support.ArgsEnv {
		t.Errorf("driver.ArgsEnv = %q, support.ArgsEnv = %q: the judge and its programs disagree", ArgsEnv, support.ArgsEnv)
	}
}

var update = flag.Bool("update", false, "rewrite the golden driver files")

// TestShapeGoldens keeps, for every shape of the registry, the driver a
// function taking and returning it gets (testdata/shapes/KEY.go), and for
// each kind of codec: a change to what the driver writes shows in review.
// go test ./judge/driver -update rewrites them.
func TestShapeGoldens(t *testing.T) {
	type golden struct {
		name string
		p    *problem.Problem
		src  string
	}
	var cases []golden
	for _, sh := range shape.All() {
		p := &problem.Problem{Node: sh.Node, Sig: problem.Signature{Function: &problem.Function{
			Name: "f", Params: []problem.Param{{Name: "x", Type: sh.Type}}, Returns: sh.Type,
		}}}
		cases = append(cases, golden{sh.Key(), p, "func f(x " + sh.Type + ") " + sh.Type + " { return x }\n"})
	}
	cases = append(cases,
		golden{"codec-tree", &problem.Problem{Sig: problem.Signature{Codec: &problem.Codec{Name: "Codec", Encode: "serialize", Decode: "deserialize", Type: "*TreeNode"}}},
			"type Codec struct{}\nfunc Constructor() Codec { return Codec{} }\nfunc (c *Codec) serialize(root *TreeNode) string { return \"\" }\nfunc (c *Codec) deserialize(data string) *TreeNode { return nil }\n"},
		golden{"class-pointer", &problem.Problem{Sig: problem.Signature{Class: &problem.Class{Name: "PeekingIterator", Pointer: true,
			Constructor: []problem.Param{{Name: "iter", Type: "*Iterator"}},
			Methods:     []problem.Method{{Name: "peek", Go: "peek", Returns: "int"}, {Name: "next", Go: "next", Returns: "int"}, {Name: "hasNext", Go: "hasNext", Returns: "bool"}}}}},
			"type PeekingIterator struct{ it *Iterator }\nfunc Constructor(iter *Iterator) *PeekingIterator { return &PeekingIterator{iter} }\nfunc (p *PeekingIterator) peek() int { return 0 }\nfunc (p *PeekingIterator) next() int { return p.it.next() }\nfunc (p *PeekingIterator) hasNext() bool { return p.it.hasNext() }\n"},
		golden{"function-hidden", &problem.Problem{API: "var bad int\nfunc isBad(v int) bool { return v >= bad }\nfunc apiSetup(b int) { bad = b }\n",
			Sig: problem.Signature{Function: &problem.Function{Name: "firstBad", Params: []problem.Param{{Name: "n", Type: "int"}}, Returns: "int", Hidden: []problem.Param{{Name: "bad", Type: "int"}}}}},
			"func firstBad(n int) int { return n }\n"},
		golden{"function-parent-node-of-hidden", &problem.Problem{Node: "parent",
			Sig: problem.Signature{Function: &problem.Function{Name: "lowestCommonAncestor",
				Params:  []problem.Param{{Name: "p", Type: "*Node", NodeOf: "root"}, {Name: "q", Type: "*Node", NodeOf: "root"}},
				Returns: "*Node", ResultNodeOf: "root", Hidden: []problem.Param{{Name: "root", Type: "*Node"}}}}},
			"func lowestCommonAncestor(p *Node, q *Node) *Node { return p }\n"},
		golden{"codec-strings", &problem.Problem{Sig: problem.Signature{Codec: &problem.Codec{Name: "Codec", Encode: "Encode", Decode: "Decode", Type: "[]string", Key: "strs", ZeroValue: true}}},
			"type Codec struct{}\nfunc (c *Codec) Encode(strs []string) string { return \"\" }\nfunc (c *Codec) Decode(s string) []string { return nil }\n"},
	)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			prog, err := New(c.p, Source{Name: "solution.go", Code: c.src}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			for _, name := range []string{"0judge_types.go", "0judge_main.go"} {
				fmt.Fprintf(&got, "// ==== %s ====\n%s\n", name, prog.Files[name])
			}
			var files []string
			for name := range prog.Files {
				files = append(files, name)
			}
			sort.Strings(files)
			fmt.Fprintf(&got, "// ==== files: %s\n", strings.Join(files, " "))
			file := filepath.Join("testdata", "shapes", strings.NewReplacer("*", "ptr-", "[]", "list-", "(", "-", ")", "").Replace(c.name)+".go.golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (go test ./judge/driver -update writes it)", err)
			}
			if diff := cmp.Diff(string(want), got.String()); diff != "" {
				t.Errorf("the driver changed (-golden +now); if meant, go test ./judge/driver -update:\n%s", diff)
			}
		})
	}
}

func TestImports(t *testing.T) {
	p := &problem.Problem{Sig: problem.Signature{Function: &problem.Function{
		Name: "f", Params: []problem.Param{{Name: "root", Type: "*TreeNode"}}, Returns: "int",
	}}}
	src := Source{Name: "solution.go", Code: "import \"container/list\"\n\nfunc f(root *TreeNode) int { _ = list.New(); return sort.SearchInts(nil, 0) }\n"}
	prog, err := New(p, src, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"container/list", "errors", SupportPath, "sort", "strconv"}
	if diff := cmp.Diff(want, prog.Imports); diff != "" {
		t.Errorf("imports (-want +got):\n%s", diff)
	}
}

func TestForeignImport(t *testing.T) {
	for _, tc := range []struct{ code, want string }{
		{"import \"github.com/x/fastmap\"\n\nfunc f() {}\n", "u.go:1:8: package github.com/x/fastmap is not in the Go standard library\n\tonly the Go standard library is available, as in the interview"},
		{"package main\n\nimport (\n\t\"sort\"\n\tx \"golang.org/x/exp/slices\"\n)\n", "u.go:5:4: package golang.org/x/exp/slices is not in the Go standard library"},
	} {
		_, err := Prepare(Source{Name: "u.go", Code: tc.code}, nil)
		var ce *CompileError
		if !errors.As(err, &ce) || !strings.HasPrefix(ce.Msg, tc.want) {
			t.Errorf("Prepare(%q) = %v, want a compile error starting %q", tc.code, err, tc.want)
		}
	}
}

// TestAPIDecls: the declarations the registry predefines for API types
// are inapi/types.go's, which that package's tests exercise.
func TestAPIDecls(t *testing.T) {
	b, err := sources.ReadFile("inapi/types.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, sh := range shape.All() {
		if len(sh.Files) > 0 && strings.HasPrefix(sh.Files[0], "inapi/") && !bytes.Contains(b, []byte(sh.Decl)) {
			t.Errorf("%s: its declaration is not inapi/types.go's:\n%s", sh.Key(), sh.Decl)
		}
	}
}
