package review

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/complexity"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/report"
)

// The review's types live in package report, beside the verdict's, so
// that a session can keep them without the engine.
type (
	Review        = report.Review
	ExampleResult = report.ExampleResult
	Verdicts      = report.Verdicts
)

// Input is what a review reads.
type Input struct {
	Problem *problem.Problem
	Source  driver.Source
	Report  *judge.Report
	// Program is Source compiled, when the caller has it (the caller
	// closes it); nil: the review compiles Source.
	Program *judge.Compiled
	// HintSeconds are the hints taken during the round.
	HintSeconds []int
}

// Run reviews one judged solution: runs the candidate's examples on the
// reference, the solution and the mutants, and measures the solution's time
// complexity when it was accepted or too slow.
func Run(ctx context.Context, j *judge.Judge, in Input) (*Review, error) {
	p := in.Problem
	notes := ParseNotes(in.Source.Code, p)
	r := &Review{
		Problem: p.Slug, Verdict: in.Report.Verdict,
		Examples: []ExampleResult{}, Missed: []string{}, Notes: []string{},
		Followups: p.Followups, HintsUsed: len(in.HintSeconds), HintSeconds: in.HintSeconds,
	}
	if r.Followups == nil {
		r.Followups = []string{}
	}
	for _, msg := range notes.Problems {
		// A bad example line is shown with the examples.
		if !strings.Contains(msg, ": example ") {
			r.Notes = append(r.Notes, msg)
		}
	}
	progs, err := compileAll(ctx, in, notes)
	defer progs.close()
	if err != nil {
		return nil, fmt.Errorf("review %s: %w", p.Slug, err)
	}
	if err := gradeExamples(r, ctx, j, in, notes, progs); err != nil {
		return nil, err
	}
	if err := gradeComplexity(r, ctx, j, in, notes, progs); err != nil {
		return nil, err
	}
	return r, nil
}

// programs are the compiled programs a review runs.
type programs struct {
	mine, ref *judge.Compiled
	mutants   map[string]*judge.Compiled
	ownMine   bool // mine was compiled by the review, which closes it
}

func (ps *programs) close() {
	all := append([]*judge.Compiled{ps.ref}, slices.Collect(maps.Values(ps.mutants))...)
	if ps.ownMine {
		all = append(all, ps.mine)
	}
	for _, c := range all {
		if c != nil {
			c.Close()
		}
	}
}

// compileAll builds, at once, the programs the review needs: the
// candidate's always (its measurement) unless the caller has it; the
// reference and the mutants that examples can catch when there are
// examples to run.
func compileAll(ctx context.Context, in Input, notes Notes) (*programs, error) {
	p := in.Problem
	ps := &programs{mutants: map[string]*judge.Compiled{}}
	type job struct {
		src driver.Source
		dst func(*judge.Compiled)
	}
	var jobs []job
	if in.Program == nil {
		jobs = append(jobs, job{in.Source, func(c *judge.Compiled) { ps.mine, ps.ownMine = c, true }})
	} else {
		ps.mine = in.Program
	}
	if hasValid(notes) {
		jobs = append(jobs, job{driver.Source{Name: p.Slug + "/solution.go", Code: p.Solution}, func(c *judge.Compiled) { ps.ref = c }})
		for _, m := range p.Mutants {
			if countsForExamples(m) {
				jobs = append(jobs, job{driver.Source{Name: p.Slug + "/mutants/" + m.Name + ".go", Code: m.Source}, func(c *judge.Compiled) { ps.mutants[m.Name] = c }})
			}
		}
	}
	var mu sync.Mutex
	var firstErr error
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.NumCPU())
	for _, jb := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			c, err := judge.Compile(ctx, p, jb.src)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				firstErr = cmp.Or(firstErr, err)
				return
			}
			jb.dst(c)
		}()
	}
	wg.Wait()
	return ps, firstErr
}

func hasValid(n Notes) bool {
	for _, ex := range n.Examples {
		if ex.Error == "" {
			return true
		}
	}
	return false
}

func gradeExamples(r *Review, ctx context.Context, j *judge.Judge, in Input, notes Notes, progs *programs) error {
	p := in.Problem
	var valid []Example
	for _, ex := range notes.Examples {
		res := ExampleResult{Line: ex.Line, Input: ex.Text, Error: ex.Error}
		if ex.Input != nil {
			res.Input = p.FormatInput(ex.Input)
			res.Expected = string(ex.Expected)
		}
		if ex.Error == "" {
			valid = append(valid, ex)
		}
		r.Examples = append(r.Examples, res)
	}
	for _, m := range p.Mutants {
		if countsForExamples(m) {
			r.MutantsTotal++
		}
	}
	if len(notes.Examples) == 0 {
		r.Notes = append(r.Notes, "no examples: an interviewer expects a few test cases, with their answers, before any code (write them as // example: "+Form(p)+")")
	}
	if len(valid) == 0 {
		for _, m := range p.Mutants {
			if countsForExamples(m) {
				r.Missed = append(r.Missed, Describe(m))
			}
		}
		return nil
	}
	inputs := make([]map[string]json.RawMessage, len(valid))
	for i, ex := range valid {
		inputs[i] = ex.Input
	}
	ref, err := j.Outputs(ctx, progs.ref, inputs)
	if err != nil {
		return fmt.Errorf("review %s: the reference: %w", p.Slug, err)
	}
	mine, err := j.Outputs(ctx, progs.mine, inputs)
	if err != nil {
		return fmt.Errorf("review %s: your solution: %w", p.Slug, err)
	}
	// results maps each valid example to its place in r.Examples.
	at := map[int]*ExampleResult{}
	for i := range r.Examples {
		at[r.Examples[i].Line] = &r.Examples[i]
	}
	var wheat []int // the examples whose expected output is right
	for i, ex := range valid {
		res := at[ex.Line]
		if ref[i].Failed != "" {
			if ref[i].BadInput {
				res.Error = "the input does not fit the signature: " + ref[i].Failed
			} else {
				res.Error = "the reference fails on it (" + ref[i].Failed + "): the input breaks the problem's guarantees"
			}
			continue
		}
		res.Valid = true
		ok, err := j.Agree(ctx, p, ex.Input, ref[i].Out, ex.Expected)
		if err != nil {
			return fmt.Errorf("review %s: line %d: %w", p.Slug, ex.Line, err)
		}
		res.Correct = ok
		if !ok {
			res.Answer = compactJSON(ref[i].Out)
		} else {
			wheat = append(wheat, i)
		}
		switch {
		case mine[i].Failed != "":
			res.Actual = mine[i].Failed
		default:
			res.Actual = compactJSON(mine[i].Out)
			if res.Passed, err = j.Agree(ctx, p, ex.Input, ex.Expected, mine[i].Out); err != nil {
				res.Passed = false
			}
		}
	}
	for _, m := range p.Mutants {
		if !countsForExamples(m) {
			continue
		}
		caught := false
		if len(wheat) > 0 {
			outs, err := j.Outputs(ctx, progs.mutants[m.Name], inputs)
			if err != nil {
				return fmt.Errorf("review %s: mutant %s: %w", p.Slug, m.Name, err)
			}
			for _, i := range wheat {
				if outs[i].Failed != "" {
					caught = true
					break
				}
				if ok, err := j.Agree(ctx, p, valid[i].Input, valid[i].Expected, outs[i].Out); err != nil || !ok {
					caught = true
					break
				}
			}
		}
		if caught {
			r.MutantsCaught++
		} else {
			r.Missed = append(r.Missed, Describe(m))
		}
	}
	return nil
}

// countsForExamples reports whether small examples can catch m: a mutant
// meant to be too slow or too hungry gives right answers on them.
func countsForExamples(m problem.Mutant) bool {
	return !m.Wants(judge.TimeLimitExceeded) && !m.Wants(judge.MemoryLimitExceeded) && !m.Wants(judge.OutputLimitExceeded)
}

// Describe is a mutant's bug in words: the first sentence of its leading
// comment, without the "Mutant:" label.
func Describe(m problem.Mutant) string {
	var lines []string
	for _, l := range strings.Split(m.Source, "\n") {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "//") {
			if len(lines) > 0 || (t != "" && !strings.HasPrefix(t, "import") && !strings.HasPrefix(t, "\"") && t != ")") {
				break
			}
			continue
		}
		t = strings.TrimSpace(strings.TrimPrefix(t, "//"))
		if strings.HasPrefix(t, "verdict:") {
			continue
		}
		if t == "" && len(lines) > 0 {
			break
		}
		lines = append(lines, t)
	}
	s := strings.TrimSpace(strings.Join(lines, " "))
	for _, label := range []string{"Mutant:", "mutant:", "Bug:"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, label))
	}
	if k := strings.Index(s, ". "); k >= 0 {
		s = s[:k+1]
	}
	if s == "" {
		return m.Name
	}
	return s
}

func gradeComplexity(r *Review, ctx context.Context, j *judge.Judge, in Input, notes Notes, progs *programs) error {
	p := in.Problem
	v := &r.Complexity
	v.DeclaredTime, v.DeclaredSpace = notes.Time, notes.Space
	v.ExpectedTime, v.ExpectedSpace = p.Complexity.Time, p.Complexity.Space
	v.Flags = []string{}
	flag := func(format string, args ...any) { v.Flags = append(v.Flags, fmt.Sprintf(format, args...)) }
	switch {
	case notes.Time == "":
		flag("no time complexity declared: say it in the plan, as // time: O(...)")
	case !complexity.Same(notes.Time, p.Complexity.Time):
		flag("you declared time %s; the expected solution is %s", notes.Time, p.Complexity.Time)
	}
	switch {
	case notes.Space == "":
		flag("no space complexity declared: say it too, as // space: O(...)")
	case p.Complexity.Space != "" && !complexity.Same(notes.Space, p.Complexity.Space):
		flag("you declared space %s; the expected solution uses %s", notes.Space, p.Complexity.Space)
	}
	measured := false
	if p.Ladder != nil && (in.Report.Verdict == judge.Accepted || in.Report.Verdict == judge.TimeLimitExceeded) {
		want, err := p.LadderClass()
		if err != nil {
			return err
		}
		l, err := j.Ladder(ctx, p)
		if err != nil {
			return fmt.Errorf("review %s: %w", p.Slug, err)
		}
		g, err := j.Measure(ctx, progs.mine, l)
		if err != nil {
			return fmt.Errorf("review %s: measuring: %w", p.Slug, err)
		}
		measured = true
		v.MeasuredTime, v.Slope, v.Evidence, v.LadderN = g.Class.String(), g.Slope, g.Evidence, p.Ladder.N
		if g.Stopped != "" {
			v.Evidence += "; stopped: " + g.Stopped
		}
		class := g.Class
		if class > want && g.Stopped == "" {
			// Worse than expected, yet every size finished: a busy machine
			// can do that to a good solution. The reference, measured now
			// on the same ladder, tells: if it reads worse too, the
			// solution is judged by its growth relative to the reference.
			rel, err := againstReference(ctx, j, p, progs, l, g, want)
			if err != nil {
				return err
			}
			if rel != "" {
				class = want
				v.MeasuredTime = want.String()
				v.Evidence += "; " + rel
			}
		}
		if class != want {
			flag("measured %s on %s; the expected solution measures %s there", g.Class, p.Ladder.N, want)
		}
		if notes.Time != "" {
			if dc, ok := complexity.Parse(notes.Time); ok && dc != complexity.Unknown && p.Ladder.Time == "" && dc != class {
				flag("you declared %s, but your code measures %s", notes.Time, class)
			}
		}
	}
	if !measured {
		v.MeasuredTime = ""
	}
	v.Agrees = measured && len(v.Flags) == 0
	return nil
}

// maxRelative is the slope of a solution's time over the reference's
// below which the two grow alike: halfway to a factor of n.
const maxRelative = 0.5

// againstReference measures the reference on l after the solution
// measured g, worse than want. When the reference too reads other than
// want, the machine adds growth of its own, and the solution's time over
// the reference's is the evidence: the words saying so when it grows no
// faster than the reference, "" when the reference reads want (the
// solution's class stands) or the solution grows faster.
func againstReference(ctx context.Context, j *judge.Judge, p *problem.Problem, progs *programs, l *judge.Ladder, g *judge.Growth, want complexity.Class) (string, error) {
	if progs.ref == nil {
		c, err := judge.Compile(ctx, p, driver.Source{Name: p.Slug + "/solution.go", Code: p.Solution})
		if err != nil {
			return "", fmt.Errorf("review %s: the reference: %w", p.Slug, err)
		}
		progs.ref = c
	}
	rg, err := j.Measure(ctx, progs.ref, l)
	if err != nil {
		return "", fmt.Errorf("review %s: measuring the reference: %w", p.Slug, err)
	}
	return relativeGrowth(g, rg, want), nil
}

// relativeGrowth is againstReference's judgement of the solution's growth
// g beside the reference's rg.
func relativeGrowth(g, rg *judge.Growth, want complexity.Class) string {
	if rg.Class == want || rg.Stopped != "" {
		return ""
	}
	rel, ok := complexity.Relative(g.Rungs, rg.Rungs)
	if !ok || rel >= maxRelative {
		return ""
	}
	return fmt.Sprintf("the machine is busy: the reference read %s beside it (log-log slope %.2f), and your time over the reference's grows with slope %.2f, so yours grows as the reference does", rg.Class, rg.Slope, rel)
}
