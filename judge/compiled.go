package judge

import (
	"context"
	"errors"
	"os"

	"github.com/judgehq/judge/judge/build"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

// Compiled is a solution built for a problem: compiled once, it can be
// judged any number of times, as the timing checks do. A solution that does
// not compile is a Compiled too, whose every run reports compile_error.
type Compiled struct {
	problem  *problem.Problem
	userFile string
	bin      string
	dir      string
	err      *driver.CompileError
}

// Compile builds src with p's driver. The error is the judge's own trouble
// (no Go toolchain, a canceled context); a solution that does not compile
// gives a Compiled whose runs say so.
func Compile(ctx context.Context, p *problem.Problem, src driver.Source) (*Compiled, error) {
	c := &Compiled{problem: p, userFile: src.Name}
	prog, err := driver.New(p, src, nil)
	if err == nil {
		c.dir, err = os.MkdirTemp("", "judge-build-*")
		if err != nil {
			return nil, err
		}
		c.bin, err = build.Compile(ctx, prog, c.dir)
	}
	if errors.As(err, &c.err) {
		return c, nil
	}
	if err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// Close removes the compiled program; a nil Compiled has nothing to remove.
func (c *Compiled) Close() error {
	if c == nil || c.dir == "" {
		return nil
	}
	return os.RemoveAll(c.dir)
}

// Run judges c on cal's tests, which must be c's problem's. A time limit
// exceeded stands only once a second run exceeds it on the same test. A
// test's time is the CPU time the program used during it (or the clock's
// time, if less), which a machine busy with other work hardly stretches,
// but the run is stopped by the clock, and a clock can be stretched: a
// solution of the wrong complexity class exceeds its limit by far more,
// run after run. The cost, one more run, falls on time-limit verdicts
// alone.
func (j *Judge) Run(ctx context.Context, c *Compiled, cal *Calibration) (*Report, error) {
	rep, err := j.RunOnce(ctx, c, cal)
	for runs := 1; err == nil && rep.Verdict == TimeLimitExceeded && runs < maxRuns; runs++ {
		var again *Report
		if again, err = j.RunOnce(ctx, c, cal); err != nil {
			break
		}
		if again.Verdict == TimeLimitExceeded && again.Passed == rep.Passed {
			return rep, nil // confirmed
		}
		rep = again
	}
	return rep, err
}

// maxRuns bounds the runs Run makes to confirm a time limit exceeded.
const maxRuns = 3

// RunOnce judges c on cal's tests in one run, without confirming a time
// limit exceeded: the timing checks count single runs.
func (j *Judge) RunOnce(ctx context.Context, c *Compiled, cal *Calibration) (*Report, error) {
	p := c.problem
	rep := &Report{Problem: p.Slug, Total: len(cal.Tests)}
	if p.Complexity.Time != "" {
		rep.Complexity = &p.Complexity
	}
	if c.err != nil {
		rep.Verdict = CompileError
		rep.Failure = &Failure{Message: c.err.Msg}
		return rep, nil
	}
	return j.runTests(ctx, p, cal, c.bin, c.userFile, rep)
}
