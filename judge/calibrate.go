package judge

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/judgehq/judge/judge/build"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/home"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/sandbox"
)

// calibrationVersion changes whenever the driver, the calibration's
// meaning or its cache file's layout changes, so old cached calibrations
// are not reused.
const calibrationVersion = 3

// Calibration is a problem's tests made ready to judge on this machine:
// generated inputs, expected outputs, and each test's time limit from the
// reference solution's time here.
type Calibration struct {
	Version   int       `json:"version"`
	Hash      string    `json:"hash"`
	GoVersion string    `json:"go_version"`
	Made      time.Time `json:"made"`
	Tests     []CalTest `json:"tests"`
}

// CalTest is one test with what the reference did on it. Input and
// Expected, which can be megabytes, live outside the cache file's JSON
// header (see encodeCalibration).
type CalTest struct {
	Name      string                     `json:"name"`
	Sample    bool                       `json:"sample,omitempty"`
	Generated bool                       `json:"generated,omitempty"`
	Input     map[string]json.RawMessage `json:"-"`
	Expected  json.RawMessage            `json:"-"`
	RefOutput json.RawMessage            `json:"ref_output,omitempty"`
	RefNS     int64                      `json:"ref_ns"`
	LimitNS   int64                      `json:"limit_ns"`
	// input is Input as one JSON object, as the driver reads it.
	input []byte
}

// Limit is the test's time limit.
func (t *CalTest) Limit() time.Duration { return time.Duration(t.LimitNS) }

// refRepeats is how often the reference runs each test; the fastest run
// counts, which filters out noise from the rest of the machine.
const refRepeats = 3

// Calibrate returns p's calibration, from the cache when an up-to-date one
// is there.
func (j *Judge) Calibrate(ctx context.Context, p *problem.Problem) (*Calibration, error) {
	if c := j.cached(p); c != nil {
		return c, nil
	}
	c, err := j.calibrate(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("calibrate %s: %w", p.Slug, err)
	}
	if path := j.calibrationPath(p); path != "" {
		if b, err := encodeCalibration(c); err == nil {
			// A cache that cannot be written only costs time later.
			_ = home.WriteFileAtomic(path, b)
		}
	}
	return c, nil
}

// processStart is when this process began: with Judge.Fresh, only
// calibrations made since count, so that one made by the first of a
// problem's submits serves the others.
var processStart = time.Now()

// cached returns p's calibration from the cache, or nil when there is no
// up-to-date one.
func (j *Judge) cached(p *problem.Problem) *Calibration {
	path := j.calibrationPath(p)
	if path == "" {
		return nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	c, err := decodeCalibration(b)
	if err != nil || c.Hash != p.Hash || c.GoVersion != runtime.Version() || (j.Fresh && c.Made.Before(processStart)) {
		return nil
	}
	return c
}

func (j *Judge) calibrationPath(p *problem.Problem) string {
	dir := j.CacheDir
	if dir == "" {
		d, err := home.CacheDir()
		if err != nil {
			return ""
		}
		dir = d
	}
	return filepath.Join(dir, "calibration", fmt.Sprintf("%s-%s.cal", p.Slug, p.Hash))
}

func (j *Judge) calibrate(ctx context.Context, p *problem.Problem) (*Calibration, error) {
	bin, cleanup, err := buildReference(ctx, p)
	defer cleanup()
	if err != nil {
		return nil, err
	}
	c := &Calibration{Version: calibrationVersion, Hash: p.Hash, GoVersion: runtime.Version(), Made: time.Now().UTC()}
	for _, t := range orderTests(p.Tests) {
		c.Tests = append(c.Tests, CalTest{Name: t.Name, Sample: t.Sample, Input: t.Input, Expected: t.Output})
	}
	if p.Gen != "" {
		generated, err := runGenerator(ctx, bin, p.Limits.MemoryMB)
		if err != nil {
			return nil, err
		}
		c.Tests = append(c.Tests, generated...)
	}

	// Inputs go on in their compact form, which is also the form a cached
	// calibration gives back.
	for i := range c.Tests {
		t := &c.Tests[i]
		if t.input, err = json.Marshal(t.Input); err != nil {
			return nil, err
		}
		if t.Input, err = objectFields(t.input); err != nil {
			return nil, err
		}
	}
	stdin, err := c.InputsJSON()
	if err != nil {
		return nil, err
	}
	var failure error
	ex := &execution{
		bin:    bin,
		args:   []string{fmt.Sprintf("-repeat=%d", refRepeats), memArg(p.Limits.MemoryMB * 4)},
		stdin:  stdin,
		tests:  len(c.Tests),
		limits: sandbox.Limits{Wall: 5 * time.Minute, Memory: int64(p.Limits.MemoryMB) << 20 * 4},
		onResult: func(i int, m *message) bool {
			t := &c.Tests[i]
			if m.Panic != "" || m.Err != "" {
				failure = fmt.Errorf("the reference fails test %s: %s%s", t.Name, m.Panic, m.Err)
				return false
			}
			t.RefOutput = append(json.RawMessage(nil), m.Out...)
			t.RefNS = m.NS
			t.LimitNS = int64(p.Limits.TimeLimit(time.Duration(m.NS)))
			if t.Generated {
				t.Expected = t.RefOutput
			}
			return true
		},
	}
	o, err := ex.run(ctx)
	if err != nil {
		return nil, err
	}
	if failure != nil {
		return nil, failure
	}
	if err := o.internalError(); err != nil {
		return nil, err
	}
	if !o.done {
		return nil, fmt.Errorf("the reference stopped after %d of %d tests (%s): %s", o.finished, len(c.Tests), describeExit(o.res), firstLines(string(o.res.Stderr), 8))
	}
	return c, nil
}

// buildReference compiles the reference with the generator, if any.
func buildReference(ctx context.Context, p *problem.Problem) (string, func(), error) {
	nothing := func() {}
	var gen *driver.Source
	if p.Gen != "" {
		gen = &driver.Source{Name: p.Slug + "/gen.go", Code: p.Gen}
	}
	prog, err := driver.New(p, driver.Source{Name: p.Slug + "/solution.go", Code: p.Solution}, gen)
	if err != nil {
		return "", nothing, fmt.Errorf("reference: %w", err)
	}
	dir, err := os.MkdirTemp("", "judge-build-*")
	if err != nil {
		return "", nothing, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	bin, err := build.Compile(ctx, prog, dir)
	if err != nil {
		return "", cleanup, fmt.Errorf("reference: %w", err)
	}
	return bin, cleanup, nil
}

// CheckGenerator runs p's generator in a process of its own and reports
// whether it made the same tests as it did for cal, p's calibration, in
// another.
func (j *Judge) CheckGenerator(ctx context.Context, p *problem.Problem, cal *Calibration) error {
	bin, cleanup, err := buildReference(ctx, p)
	defer cleanup()
	if err != nil {
		return err
	}
	tests, err := runGenerator(ctx, bin, p.Limits.MemoryMB)
	if err != nil {
		return err
	}
	var before []CalTest
	for _, t := range cal.Tests {
		if t.Generated {
			before = append(before, t)
		}
	}
	same := len(tests) == len(before)
	for i := 0; same && i < len(tests); i++ {
		in, err := json.Marshal(tests[i].Input)
		if err != nil {
			return err
		}
		old, err := json.Marshal(before[i].Input)
		if err != nil {
			return err
		}
		same = tests[i].Name == before[i].Name && bytes.Equal(in, old)
	}
	if !same {
		return errors.New("not deterministic: two runs made different tests; seed every random source with a constant")
	}
	return nil
}

// orderTests puts the samples first, as the statement shows them.
func orderTests(ts []problem.Test) []problem.Test {
	var out []problem.Test
	for _, t := range ts {
		if t.Sample {
			out = append(out, t)
		}
	}
	for _, t := range ts {
		if !t.Sample {
			out = append(out, t)
		}
	}
	return out
}

// runGenerator runs the reference build's generator and returns its tests.
func runGenerator(ctx context.Context, bin string, memMB int) ([]CalTest, error) {
	var tests []CalTest
	var bad error
	ex := &execution{
		bin:    bin,
		args:   []string{"-gen", memArg(memMB * 4)},
		limits: sandbox.Limits{Wall: 2 * time.Minute, Memory: int64(memMB) << 20 * 4},
		onOther: func(m *message) {
			var in map[string]json.RawMessage
			if err := json.Unmarshal(m.Input, &in); err != nil || m.Name == "" {
				bad = fmt.Errorf("gen.go: case %q: %v", m.Name, err)
				return
			}
			tests = append(tests, CalTest{Name: m.Name, Generated: true, Input: in})
		},
	}
	o, err := ex.run(ctx)
	if err != nil {
		return nil, err
	}
	if bad != nil {
		return nil, bad
	}
	if err := o.internalError(); err != nil {
		return nil, err
	}
	if !o.done {
		return nil, fmt.Errorf("gen.go: the generator did not finish (%s): %s", describeExit(o.res), firstLines(string(o.res.Stderr), 8))
	}
	return tests, nil
}
