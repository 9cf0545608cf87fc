package judge

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"time"

	"github.com/judgehq/judge/judge/compare"
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
		ex := &execution{
			bin:   c.bin,
			args:  []string{memArg(c.problem.Limits.MemoryMB)},
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
func Agree(p *problem.Problem, input map[string]json.RawMessage, want, got json.RawMessage) (bool, error) {
	mode := compare.Mode{Compare: p.Compare, Checker: p.Checker, Type: outputType(p)}
	o, err := compare.Judge(mode, input, want, got)
	return o.OK, err
}
