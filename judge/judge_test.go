package judge_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/problems"
)

var bank = sync.OnceValues(problems.BySlug)

// testJudge shares one calibration cache between the tests of a run.
var testJudge = sync.OnceValue(func() *judge.Judge {
	dir, err := os.MkdirTemp("", "judge-test-cache-*")
	if err != nil {
		panic(err)
	}
	return &judge.Judge{CacheDir: dir}
})

var (
	messageRE     = regexp.MustCompile(`(?m)^// message: (.+)$`)
	stdoutRE      = regexp.MustCompile(`(?m)^// stdout: (.+)$`)
	stdoutLacksRE = regexp.MustCompile(`(?m)^// stdout lacks: (.+)$`)
)

// TestFixtures judges every solution in testdata/solutions/VERDICT/ and
// checks it gets exactly VERDICT. A fixture is named SLUG--WHAT.go; a line
// "// message: TEXT" also demands TEXT in the failure's message or diff,
// "// stdout: TEXT" demands it in the output shown for the failing test
// and "// stdout lacks: TEXT" its absence there.
func TestFixtures(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b, err := bank()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../testdata/solutions/*/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		want, err := judge.ParseVerdict(filepath.Base(filepath.Dir(f)))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		slug, _, _ := strings.Cut(name, "--")
		t.Run(want.String()+"/"+name, func(t *testing.T) {
			t.Parallel()
			p := b[slug]
			if p == nil {
				t.Fatalf("no problem %s in the bank", slug)
			}
			code, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := testJudge().Submit(context.Background(), p, driver.Source{Name: filepath.Base(f), Code: string(code)})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Verdict != want {
				t.Fatalf("verdict %s, want %s\nfailure: %+v", rep.Verdict, want, rep.Failure)
			}
			if want == judge.Accepted {
				if rep.Passed != rep.Total || rep.Failure != nil {
					t.Errorf("accepted with %d/%d passed and failure %+v", rep.Passed, rep.Total, rep.Failure)
				}
				return
			}
			if rep.Failure == nil || rep.Failure.Message == "" && rep.Failure.Diff == "" {
				t.Fatalf("%s without an explanation: %+v", rep.Verdict, rep.Failure)
			}
			if m := messageRE.FindStringSubmatch(string(code)); m != nil {
				if text := rep.Failure.Message + rep.Failure.Diff; !strings.Contains(text, m[1]) {
					t.Errorf("failure does not mention %q:\n%s", m[1], text)
				}
			}
			if m := stdoutRE.FindStringSubmatch(string(code)); m != nil && !strings.Contains(rep.Failure.Stdout, m[1]) {
				t.Errorf("the output shown lacks %q:\n%s", m[1], rep.Failure.Stdout)
			}
			if m := stdoutLacksRE.FindStringSubmatch(string(code)); m != nil && strings.Contains(rep.Failure.Stdout, m[1]) {
				t.Errorf("the output shown has %q, printed by another test:\n%.300s", m[1], rep.Failure.Stdout)
			}
		})
	}
}

// TestFixtureCoverage checks every verdict has fixtures: with TestFixtures,
// each verdict is produced by at least one solution.
func TestFixtureCoverage(t *testing.T) {
	for v := judge.Accepted; v <= judge.OutputLimitExceeded; v++ {
		files, _ := filepath.Glob(filepath.Join("../testdata/solutions", v.String(), "*.go"))
		if len(files) == 0 {
			t.Errorf("no fixture in testdata/solutions/%s", v)
		}
	}
}
