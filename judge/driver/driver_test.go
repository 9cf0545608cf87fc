package driver

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/driver/support"
	"github.com/judgehq/judge/judge/problem"
)

// TestGenHelpersShipped checks that generator builds, and only they, get the
// generators' tree helpers as a file of package main.
func TestGenHelpersShipped(t *testing.T) {
	p := &problem.Problem{Sig: problem.Signature{Function: &problem.Function{
		Name: "twice", Params: []problem.Param{{Name: "n", Type: "int"}}, Returns: "int",
	}}}
	src := Source{Name: "solution.go", Code: "func twice(n int) int { return 2 * n }\n"}
	gen := &Source{Name: "gen.go", Code: "func generate() []GenCase {\n\treturn []GenCase{{Name: \"big\", Input: map[string]any{\"n\": len(genChain(3, 0).genLevelOrder())}}}\n}\n"}
	const name = "0judge_" + genHelpers

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

// TestCodecs checks that every type a signature may use has a codec.
func TestCodecs(t *testing.T) {
	for _, typ := range problem.Types {
		if c := codecs[typ]; c.dec == "" || c.enc == "" {
			t.Errorf("type %s has no codec", typ)
		}
	}
	if ArgsEnv != support.ArgsEnv {
		t.Errorf("driver.ArgsEnv = %q, support.ArgsEnv = %q: the judge and its programs disagree", ArgsEnv, support.ArgsEnv)
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
