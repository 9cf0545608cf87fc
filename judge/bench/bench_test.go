package bench_test

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/bench"
	"github.com/judgehq/judge/judge/compare"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/problems"
)

func bank(tb testing.TB) map[string]*problem.Problem {
	tb.Helper()
	m, err := problems.BySlug()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// TestFloorAnswers builds the floor of each representative problem, its
// bare program and its runner, and checks the runner answers every test as
// the reference does: the floor does the same work as a judged run, minus
// the judging.
func TestFloorAnswers(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the Go toolchain")
	}
	b := bank(t)
	j := &judge.Judge{CacheDir: t.TempDir()}
	for _, slug := range bench.Representative {
		t.Run(slug, func(t *testing.T) {
			p := b[slug]
			f, err := bench.NewFloor(p, p.Solution)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(f.Bare["main.go"]+f.Bare["types.go"], "encoding/json") {
				t.Errorf("the bare program uses encoding/json:\n%s", f.Bare["main.go"])
			}
			goBuild(t, f.Bare)
			dir := goBuild(t, f.Runner)
			cal, err := j.Calibrate(context.Background(), p)
			if err != nil {
				t.Fatal(err)
			}
			stdin, err := cal.InputsJSON()
			if err != nil {
				t.Fatal(err)
			}
			run := exec.Command(filepath.Join(dir, "prog"))
			run.Stdin = bytes.NewReader(stdin)
			out, err := run.Output()
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(bytes.NewReader(out))
			sc.Buffer(nil, 64<<20)
			mode := compare.Mode{Compare: p.Compare}
			for i := 0; sc.Scan(); i++ {
				if i >= len(cal.Tests) {
					t.Fatalf("more answers than the %d tests", len(cal.Tests))
				}
				tc := cal.Tests[i]
				if o, err := compare.Judge(mode, tc.Input, tc.Expected, sc.Bytes()); err != nil || !o.OK {
					t.Errorf("test %s: the floor answers %.200s, want %.200s (%v)", tc.Name, sc.Bytes(), tc.Expected, err)
				}
			}
		})
	}
}

// goBuild builds a program of files and returns its folder.
func goBuild(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	var names []string
	for name, code := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(code), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	build := exec.Command("go", append([]string{"build", "-o", "prog"}, names...)...)
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return dir
}

// BenchmarkSubmit times `judge submit` of each representative problem's
// reference against the floor, interleaved; ns/op is the submit's median
// and "ratio" its ratio to the floor's. Each op is a build, so ask for a
// count rather than a time:
//
//	go test ./judge/bench -run - -bench . -benchtime 7x
func BenchmarkSubmit(b *testing.B) {
	exe := filepath.Join(b.TempDir(), "judge")
	if out, err := exec.Command("go", "build", "-o", exe, "github.com/judgehq/judge").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	ps := bank(b)
	for _, slug := range bench.Representative {
		b.Run(slug, func(b *testing.B) {
			res, err := bench.Measure(context.Background(), bench.Config{Judge: exe, Problems: []*problem.Problem{ps[slug]}, Runs: b.N})
			if err != nil {
				b.Fatal(err)
			}
			r := res.Rows[0]
			b.ReportMetric(float64(r.Submit.Nanoseconds()), "ns/op")
			b.ReportMetric(float64(r.Floor.Nanoseconds())/1e6, "floor-ms")
			b.ReportMetric(r.Ratio(), "ratio")
		})
	}
}
