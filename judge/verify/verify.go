// Package verify checks problem packages in the spirit of Kattis
// problemtools: the statement's examples are the sample tests, the
// reference is accepted, the stub compiles and is not, every mutant is
// rejected, the generator is deterministic and large tests exist.
package verify

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

// Gate is the quality bar of the bank: how much a package must test.
type Gate struct {
	MinHandTests int // tests besides the samples
	MinMutants   int
	// Review: the package carries what a review shows (a write-up, hints,
	// follow-ups) and a ladder to measure complexity on.
	Review bool
}

// BankGate is what every problem of the embedded bank must meet.
var BankGate = Gate{MinHandTests: 15, MinMutants: 2, Review: true}

// The least a reviewed package carries.
const (
	minHints     = 2
	minFollowups = 2
)

// writeupSections are the headings every write-up has, in order.
var writeupSections = []string{"## Approach", "## Complexity", "## Pitfalls"}

// checkReview lists what p lacks of the review's content.
func checkReview(p *problem.Problem) []string {
	var out []string
	if strings.TrimSpace(p.Writeup) == "" {
		out = append(out, "writeup.md: missing: write the approach, its complexity and the pitfalls (sections "+strings.Join(writeupSections, ", ")+")")
	} else {
		at := 0
		for _, h := range writeupSections {
			k := strings.Index(p.Writeup[at:], "\n"+h+"\n")
			if k < 0 {
				out = append(out, fmt.Sprintf("writeup.md: no %q section after the previous one; the sections are %s, in that order", h, strings.Join(writeupSections, ", ")))
				break
			}
			at += k + len(h)
		}
	}
	if len(p.Hints) < minHints {
		out = append(out, fmt.Sprintf("problem.json: hints: %d; write at least %d, from a gentle nudge to the key idea (never code)", len(p.Hints), minHints))
	}
	if len(p.Followups) < minFollowups {
		out = append(out, fmt.Sprintf("problem.json: followups: %d; write at least %d questions an interviewer asks in the close", len(p.Followups), minFollowups))
	}
	if p.Ladder == nil {
		out = append(out, "problem.json: ladder: missing: give the sizes gen.go's sized(n) measures the time complexity on")
	}
	return out
}

// Result is what verify found for one package.
type Result struct {
	Slug      string
	Findings  []string // empty: the package passes
	Samples   int
	Hand      int // hand-written tests besides samples
	Generated int
	Mutants   int
	Duration  time.Duration
	// Growth is what the ladder measured, by program (solution.go,
	// mutants/NAME.go).
	Growth map[string]*judge.Growth
	// Unsteady: every finding is a class the ladder measured other than
	// the one expected, which other work on the machine can cause; a
	// measurement taken alone, on a quieter machine, is the better
	// evidence.
	Unsteady bool
}

// OK reports whether the package passed.
func (r *Result) OK() bool { return len(r.Findings) == 0 }

// Problem verifies p with j.
func Problem(ctx context.Context, j *judge.Judge, p *problem.Problem, gate Gate) *Result {
	start := time.Now()
	r := &Result{Slug: p.Slug, Mutants: len(p.Mutants)}
	defer func() { r.Duration = time.Since(start) }()
	add := func(format string, args ...any) { r.Findings = append(r.Findings, fmt.Sprintf(format, args...)) }

	for _, t := range p.Tests {
		if t.Sample {
			r.Samples++
		} else {
			r.Hand++
		}
	}
	if want := minHandTests(p, gate, r.Samples); r.Hand < want {
		add("tests.json: %d tests besides the samples; write at least %d (edge cases an interviewer would probe)", r.Hand, want)
	}
	if r.Mutants < gate.MinMutants {
		add("mutants: %d; write at least %d plausible wrong solutions", r.Mutants, gate.MinMutants)
	}
	for _, msg := range checkExamples(p) {
		add("statement.md: %s", msg)
	}
	if gate.Review {
		for _, msg := range checkReview(p) {
			add("%s", msg)
		}
	}

	cal, err := j.Calibrate(ctx, p)
	if err != nil {
		add("%v", err)
		return r
	}
	for _, t := range cal.Tests {
		if t.Generated {
			r.Generated++
		}
	}
	if p.Gen == "" || r.Generated == 0 {
		add("gen.go: no generated large tests; write a generator for inputs at the constraints' maximum")
	} else if err := j.CheckGenerator(ctx, p, cal); err != nil {
		add("gen.go: %v", err)
	}

	// Each program is judged as a submit would judge it, but for the
	// mutants that declare time_limit_exceeded: one run that exceeds the
	// limit is all they must show, and a second one to confirm it would
	// cost a limit and its grace again; and the grace is the short one of
	// Judge.ExpectSlow, which gives the same verdict sooner.
	// The programs whose time complexity the ladder checks: the reference
	// and the mutants meant to be too slow.
	var toMeasure []program
	defer func() {
		for _, m := range toMeasure {
			m.c.Close()
		}
	}()
	judgeFile := func(what, code string, measure bool, run func(context.Context, *judge.Compiled, *judge.Calibration) (*judge.Report, error)) *judge.Report {
		c, err := judge.Compile(ctx, p, driver.Source{Name: p.Slug + "/" + what, Code: code})
		if err == nil {
			if measure && p.Ladder != nil {
				toMeasure = append(toMeasure, program{what, c})
			} else {
				defer c.Close()
			}
			var rep *judge.Report
			if rep, err = run(ctx, c, cal); err == nil {
				return rep
			}
		}
		add("%s: %v", what, err)
		return nil
	}
	if rep := judgeFile("solution.go", p.Solution, true, j.Run); rep != nil && rep.Verdict != judge.Accepted {
		add("solution.go: the reference gets %s: %s", rep.Verdict, describe(rep))
	}
	if rep := judgeFile("stub.go", p.Stub, false, j.Run); rep != nil {
		switch rep.Verdict {
		case judge.Accepted:
			add("stub.go: the untouched stub is accepted; the tests prove nothing")
		case judge.CompileError:
			add("stub.go: does not compile: %s", describe(rep))
		}
	}
	for _, m := range p.Mutants {
		run := j.Run
		slowMutant := m.Wants(judge.TimeLimitExceeded)
		if slowMutant {
			slow := *j
			slow.ExpectSlow = true
			run = slow.RunOnce
		}
		rep := judgeFile("mutants/"+m.Name+".go", m.Source, slowMutant, run)
		if rep == nil {
			continue
		}
		switch {
		case rep.Verdict == judge.Accepted:
			add("mutants/%s.go: accepted; add a test that catches it", m.Name)
		case m.Declared && rep.Verdict != m.Verdict:
			add("mutants/%s.go: wants %s, got %s: %s", m.Name, m.Verdict, rep.Verdict, describe(rep))
		}
	}
	if p.Brute != "" {
		for _, f := range checkBrute(ctx, j, p) {
			add("%s", f)
		}
	}
	if p.Ladder != nil && len(toMeasure) > 0 && toMeasure[0].what == "solution.go" {
		var findings []string
		var unsteady int
		r.Growth, findings, unsteady = checkLadder(ctx, j, p, toMeasure[0].c, toMeasure[1:])
		r.Unsteady = unsteady > 0 && len(r.Findings) == 0 && unsteady == len(findings)
		for _, f := range findings {
			add("%s", f)
		}
	}
	return r
}

// minHandTests is how many tests besides the samples p needs: the gate's
// number, or, for a problem with few possible inputs, all of them.
func minHandTests(p *problem.Problem, gate Gate, samples int) int {
	if p.AllInputs > 0 {
		return max(0, min(gate.MinHandTests, p.AllInputs-samples))
	}
	return gate.MinHandTests
}

func describe(rep *judge.Report) string {
	f := rep.Failure
	if f == nil {
		return "no failure recorded"
	}
	var parts []string
	if f.Test != "" {
		parts = append(parts, "test "+f.Test)
	}
	if f.Message != "" {
		parts = append(parts, f.Message)
	}
	if f.Diff != "" {
		parts = append(parts, "diff:\n"+f.Diff)
	}
	return strings.Join(parts, ": ")
}

var fenceRE = regexp.MustCompile("(?s)```[a-z]*\n(.*?)```")

// Example is one example parsed from a statement.
type Example struct {
	Input  map[string]json.RawMessage
	Output json.RawMessage
}

// Examples parses the statement's examples: fenced blocks with an Input:
// line of `name = value` pairs and an Output: line.
func Examples(statement string) ([]Example, error) {
	var out []Example
	for _, m := range fenceRE.FindAllStringSubmatch(statement, -1) {
		var in, outLine string
		for _, line := range strings.Split(m[1], "\n") {
			if s, ok := strings.CutPrefix(line, "Input:"); ok {
				in = strings.TrimSpace(s)
			}
			if s, ok := strings.CutPrefix(line, "Output:"); ok {
				outLine = strings.TrimSpace(s)
			}
		}
		if in == "" && outLine == "" {
			continue
		}
		if in == "" || outLine == "" {
			return nil, fmt.Errorf("example %d: want both an Input: and an Output: line", len(out)+1)
		}
		ex := Example{Input: map[string]json.RawMessage{}}
		if err := problem.ParsePairs(in, ex.Input); err != nil {
			return nil, fmt.Errorf("example %d: Input: %v", len(out)+1, err)
		}
		if !json.Valid([]byte(outLine)) {
			return nil, fmt.Errorf("example %d: Output: %q is not a JSON value", len(out)+1, outLine)
		}
		ex.Output = json.RawMessage(outLine)
		out = append(out, ex)
	}
	return out, nil
}

// checkExamples compares the statement's examples with the sample tests.
func checkExamples(p *problem.Problem) []string {
	exs, err := Examples(p.Statement)
	if err != nil {
		return []string{err.Error()}
	}
	samples := p.Samples()
	if len(exs) != len(samples) {
		return []string{fmt.Sprintf("%d examples but %d sample tests; they must match one to one, in order", len(exs), len(samples))}
	}
	var out []string
	for i, ex := range exs {
		t := samples[i]
		if len(ex.Input) != len(t.Input) {
			out = append(out, fmt.Sprintf("example %d has %d inputs; sample %s has %d", i+1, len(ex.Input), t.Name, len(t.Input)))
			continue
		}
		for k, v := range t.Input {
			if !sameJSON(ex.Input[k], v) {
				out = append(out, fmt.Sprintf("example %d: %s = %s, but sample %s has %s", i+1, k, ex.Input[k], t.Name, v))
			}
		}
		if !sameJSON(ex.Output, t.Output) {
			out = append(out, fmt.Sprintf("example %d: Output: %s, but sample %s expects %s", i+1, ex.Output, t.Name, t.Output))
		}
	}
	return out
}

func sameJSON(a, b json.RawMessage) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	xb, _ := json.Marshal(x)
	yb, _ := json.Marshal(y)
	return bytes.Equal(xb, yb)
}
