package judge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/judgehq/judge/judge/build"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/home"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/verdict"
)

// A problem's own checker (checker.go in its package, compare "checker")
// judges answers that more than one can
// be right for: it is built once per package version and kept in the
// cache, and it runs in the sandbox like any program of the package's,
// on a batch of answers. Its trouble — it does not compile, it panics, it
// answers nonsense — is the judge's error, never a verdict against the
// solution.

// hasPackageChecker reports whether p is judged by its checker.go (the
// loader demands one with compare "checker").
func hasPackageChecker(p *problem.Problem) bool { return p.Compare == verdict.Checker }

// checkerError is a package checker's failure.
type checkerError struct{ slug, msg string }

func (e *checkerError) Error() string {
	return e.slug + "/checker.go failed (the problem package's fault, not the solution's): " + e.msg
}

// checkerProgram is p's checker, built: from the cache when it is there.
func (j *Judge) checkerProgram(ctx context.Context, p *problem.Problem) (*Compiled, error) {
	dir := j.CacheDir
	if dir == "" {
		d, err := home.CacheDir()
		if err != nil {
			return nil, err
		}
		dir = d
	}
	_, support := driver.Support()
	dir = filepath.Join(dir, "checker", p.Slug+"-"+p.Hash+"-"+support)
	bin := filepath.Join(dir, build.Binary)
	if _, err := os.Stat(bin); err == nil {
		return &Compiled{problem: p, userFile: "checker.go", bin: bin}, nil
	}
	prog, err := driver.NewChecker(p)
	if err != nil {
		return nil, &checkerError{p.Slug, err.Error()}
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "building-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if _, err := build.Compile(ctx, prog, tmp); err != nil {
		var ce *driver.CompileError
		if errors.As(err, &ce) {
			return nil, &checkerError{p.Slug, "it does not compile: " + ce.Msg}
		}
		return nil, err
	}
	// Only the binary is kept; a concurrent build of the same checker
	// that renamed first wins.
	keep, err := os.MkdirTemp(filepath.Dir(dir), "keep-*")
	if err != nil {
		return nil, err
	}
	if err := os.Rename(filepath.Join(tmp, build.Binary), filepath.Join(keep, build.Binary)); err != nil {
		os.RemoveAll(keep)
		return nil, err
	}
	if err := os.Rename(keep, dir); err != nil {
		os.RemoveAll(keep)
		if _, statErr := os.Stat(bin); statErr != nil {
			return nil, err
		}
	}
	return &Compiled{problem: p, userFile: "checker.go", bin: bin}, nil
}

// checkAnswers runs p's checker on answers: got[i] to the test with
// input inputs[i], whose expected answer is want[i]. Each result is ""
// for a right answer, else why it is wrong.
func (j *Judge) checkAnswers(ctx context.Context, p *problem.Problem, inputs []map[string]json.RawMessage, want, got []json.RawMessage) ([]string, error) {
	if len(inputs) == 0 {
		return nil, nil
	}
	c, err := j.checkerProgram(ctx, p)
	if err != nil {
		return nil, err
	}
	batch := make([]map[string]json.RawMessage, len(inputs))
	for i, in := range inputs {
		m := make(map[string]json.RawMessage, len(in)+2)
		for k, v := range in {
			m[k] = v
		}
		m[driver.CheckWant], m[driver.CheckGot] = want[i], got[i]
		batch[i] = m
	}
	outs, err := j.Outputs(ctx, c, batch)
	if err != nil {
		return nil, err
	}
	res := make([]string, len(outs))
	for i, o := range outs {
		if o.Failed != "" {
			return nil, &checkerError{p.Slug, "on answer " + strconv.Itoa(i) + ": " + o.Failed}
		}
		if err := json.Unmarshal(o.Out, &res[i]); err != nil {
			return nil, &checkerError{p.Slug, fmt.Sprintf("on answer %d it said %s, not a string", i, o.Out)}
		}
	}
	return res, nil
}
