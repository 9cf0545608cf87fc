package driver

import (
	"bytes"
	"testing"

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
	if !bytes.Contains(b, []byte("\npackage main\n")) || bytes.Contains(b, []byte("package support")) {
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
