package judge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"sync"
	"time"

	"github.com/judgehq/judge/judge/compare"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/sandbox"
)

// Output is what a program answered on one input, or why it did not.
type Output struct {
	Out json.RawMessage
	// Failed says why there is no answer (a panic, a time limit); empty
	// when there is one.
	Failed string
	// BadInput is set when the driver could not decode the input: the
	// input, not the program, is at fault.
	BadInput bool
	// Stdout is what the program printed on this input (on stderr too,
	// unless it panicked), clipped as a report's.
	Stdout string
}

var testPrefixRE = regexp.MustCompile(`^test \d+: `)

// exampleLimit is the time an answer to one small input may take.
const exampleLimit = 2 * time.Second

// Outputs runs c on each input and returns its answers, in order. Unlike a
// judged run it goes on past a failure: a run that stops at an input
// starts again after it.
func (j *Judge) Outputs(ctx context.Context, c *Compiled, inputs []map[string]json.RawMessage) ([]Output, error) {
	out := make([]Output, len(inputs))
	if c.err != nil {
		for i := range out {
			out[i].Failed = "the solution does not compile"
		}
		return out, nil
	}
	for from := 0; from < len(inputs); {
		rest := inputs[from:]
		raw := make([][]byte, len(rest))
		for i, in := range rest {
			b, err := json.Marshal(in)
			if err != nil {
				return nil, err
			}
			raw[i] = b
		}
		got, panicked := 0, false
		mark := newMark()
		ex := &execution{
			bin:   c.bin,
			args:  []string{memArg(c.problem.Limits.MemoryMB), "-mark=" + mark},
			stdin: joinArray(len(raw), func(i int) []byte { return raw[i] }),
			tests: len(rest),
			limits: sandbox.Limits{
				Wall:   time.Duration(len(rest))*exampleLimit + 10*time.Second,
				CPU:    2*time.Duration(len(rest))*exampleLimit + 10*time.Second,
				Memory: int64(c.problem.Limits.MemoryMB) << 20,
				Output: outputLimit,
			},
			limit: func(int) time.Duration { return exampleLimit },
			grace: shortGrace,
			onResult: func(i int, m *message) bool {
				o := &out[from+i]
				switch {
				case m.Panic != "":
					o.Failed = "panic: " + firstLines(m.Panic, 1) + userFrames(m.Stack, c.userFile)
				case m.Err != "":
					o.Failed = m.Err
				default:
					o.Out = append(json.RawMessage(nil), m.Out...)
				}
				got, panicked = i+1, m.Panic != ""
				return !panicked
			},
		}
		o, err := ex.run(ctx)
		if err != nil {
			return nil, err
		}
		// What each input begun printed, the one the run ended during
		// included.
		for i := range min(o.started, len(rest)) {
			v := Accepted
			if out[from+i].Failed != "" {
				v = RuntimeError
			}
			out[from+i].Stdout = clipStdout(
				testOutput(o.res.Stdout, o.res.StdoutTail, mark, i),
				testOutput(o.res.Stderr, o.res.StderrTail, mark, i), v)
		}
		if o.done || got == len(rest) {
			break
		}
		at := from + got
		if panicked {
			from = at // the run stopped at the panic, reported: go on after it
			continue
		}
		// The run ended during input at, without a result.
		bad := &out[at]
		switch {
		case o.fatal != "":
			// The driver numbers the inputs of its own run; this one's
			// place is known here.
			bad.Failed, bad.BadInput = testPrefixRE.ReplaceAllString(o.fatal, ""), true
		case o.timedOut:
			bad.Failed = fmt.Sprintf("ran past %s and was stopped", exampleLimit)
		default:
			bad.Failed = "the program ended (" + describeExit(o.res) + ")"
		}
		from = at + 1
	}
	return out, nil
}

// Agree reports whether got is a right answer where want is one, under p's
// comparison mode (a checker judges got on its own merits).
func (j *Judge) Agree(ctx context.Context, p *problem.Problem, input map[string]json.RawMessage, want, got json.RawMessage) (bool, error) {
	o, err := j.judgeAnswer(ctx, p, input, want, got)
	return o.OK, err
}

// judgeAnswer compares got with want under p's comparison mode, or has
// p's own checker judge it.
func (j *Judge) judgeAnswer(ctx context.Context, p *problem.Problem, input map[string]json.RawMessage, want, got json.RawMessage) (compare.Outcome, error) {
	if !hasPackageChecker(p) {
		return compare.Judge(modeOf(p), input, want, got)
	}
	msgs, err := j.checkAnswers(ctx, p, []map[string]json.RawMessage{input}, []json.RawMessage{want}, []json.RawMessage{got})
	if err != nil {
		return compare.Outcome{}, err
	}
	return compare.Outcome{OK: msgs[0] == "", Msg: msgs[0]}, nil
}

// Custom is a solution's answer to an input of the user's beside the
// reference's, as `judge run --input` shows it.
type Custom struct {
	Problem string `json:"problem"`
	Input   string `json:"input"`
	// Expected is the reference's answer; Output is the solution's.
	Expected string `json:"expected"`
	Output   string `json:"output"`
	// Agree says the solution's answer is right where the reference's
	// is, under the problem's comparison (see Agree).
	Agree bool `json:"agree"`
	// Message says how the answers differ, when they do: the operation
	// of a design problem, a checker's reason; Diff is go-cmp's diff.
	Message string `json:"message,omitempty"`
	Diff    string `json:"diff,omitempty"`
	// Error says why the solution gave no answer: it does not compile,
	// it panicked, it ran out of time.
	Error string `json:"error,omitempty"`
	// ReferenceError says why the reference gave no answer: the input
	// breaks the problem's guarantees.
	ReferenceError string `json:"reference_error,omitempty"`
	Stdout         string `json:"stdout"`
}

// RunInput runs src and p's reference on one input of the user's, as
// LeetCode's Run does with a custom test case, and compares their
// answers under p's comparison. The input must fit p's signature
// (problem.Problem.CheckInput).
func (j *Judge) RunInput(ctx context.Context, p *problem.Problem, src driver.Source, input map[string]json.RawMessage) (*Custom, error) {
	srcs := []driver.Source{src, {Name: p.Slug + "/solution.go", Code: p.Solution}}
	progs := make([]*Compiled, len(srcs))
	errs := make([]error, len(srcs))
	var wg sync.WaitGroup
	for i := range srcs {
		wg.Go(func() { progs[i], errs[i] = Compile(ctx, p, srcs[i]) })
	}
	wg.Wait()
	for _, c := range progs {
		if c != nil {
			defer c.Close()
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	mine, ref := progs[0], progs[1]
	if ref.err != nil {
		return nil, fmt.Errorf("%s: the reference solution does not compile: %s", p.Slug, ref.err.Msg)
	}
	in := []map[string]json.RawMessage{input}
	refOut, err := j.Outputs(ctx, ref, in)
	if err != nil {
		return nil, err
	}
	c := &Custom{Problem: p.Slug, Input: showInput(p, input)}
	if r := refOut[0]; r.Failed != "" {
		c.ReferenceError = r.Failed
	} else {
		c.Expected = showJSON(r.Out)
	}
	if mine.err != nil {
		c.Error = mine.err.Msg
		return c, nil
	}
	myOut, err := j.Outputs(ctx, mine, in)
	if err != nil {
		return nil, err
	}
	m := myOut[0]
	c.Stdout = m.Stdout
	if m.Failed != "" {
		c.Error = m.Failed
		return c, nil
	}
	c.Output = showJSON(m.Out)
	if c.ReferenceError != "" {
		return c, nil
	}
	o, err := j.judgeAnswer(ctx, p, input, refOut[0].Out, m.Out)
	if err != nil {
		return nil, fmt.Errorf("%s: the reference's answer: %w", p.Slug, err)
	}
	c.Agree = o.OK
	if !o.OK {
		f := &Failure{Diff: o.Diff, Message: o.Msg}
		if o.At != nil {
			explainDifference(p, input, f, o.At)
		}
		c.Diff, c.Message = f.Diff, f.Message
	}
	return c, nil
}
