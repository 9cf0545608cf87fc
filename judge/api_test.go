package judge_test

import (
	"context"
	"os"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

// TestPackageAPI judges a problem whose template declares a given API
// (isBad, behind a hidden input): the package's api.go provides it, set
// up with each test's hidden input before the call.
func TestPackageAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	p, err := problem.Load(os.DirFS("testdata/api"), "first-bad")
	if err != nil {
		t.Fatal(err)
	}
	if got := p.FormatInput(p.Tests[0].Input); got != "n = 5, bad = 4" {
		t.Errorf("the input reads %q, want the hidden field shown too", got)
	}
	for _, tc := range []struct {
		name, code string
		want       judge.Verdict
	}{
		{"reference", p.Solution, judge.Accepted},
		{"stub", p.Stub, judge.WrongAnswer},
		{"mutant", p.Mutants[0].Source, judge.WrongAnswer},
	} {
		rep, err := testJudge().Submit(context.Background(), p, driver.Source{Name: "solution.go", Code: tc.code})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Verdict != tc.want {
			t.Errorf("%s: %s, want %s (%+v)", tc.name, rep.Verdict, tc.want, rep.Failure)
		}
	}
}
