package command

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/verify"
	"github.com/judgehq/judge/problems"
	"github.com/judgehq/judge/rounds"
	"github.com/urfave/cli/v2"
)

var verifyCommand = &cli.Command{
	Name:      "verify",
	Usage:     "check problem packages (examples, reference, stub, mutants, generator) and design prompts' rubrics",
	UsageText: "judge verify [--jobs N] [--fresh] [DIR...]\n   judge verify --timing [--runs N] [--fresh] [DIR...]",
	Description: `With no DIR, checks the whole embedded bank: the problems, then the ML
design prompts and behavioral questions. A DIR is a problem package (a
folder with problem.json) or a folder of packages; a design prompt (a
folder with design.json) or a folder of prompts; a folder of behavioral
question files (*.json); or a folder holding design/ and behavioral/, as
rounds/ does. See problems/README.md and rounds/README.md for the formats
and what is checked: a prompt's rubric must cover every section of the
notepad with at least one item, every item needs terms, and the blank
notepad must mention none.

--timing checks the time limits instead, one problem at a time: the
reference must be accepted in every one of N runs while the machine's
other cores are kept busy, and every mutant that declares
time_limit_exceeded must get it in every one of N runs. Each program is
compiled once and run N times. Run it on an otherwise idle machine.`,
	Flags: []cli.Flag{
		&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Value: runtime.NumCPU(), Usage: "check `N` problems at once"},
		&cli.BoolFlag{Name: "fresh", Usage: "recalibrate even when a cached calibration is current"},
		&cli.BoolFlag{Name: "timing", Usage: "check the time limits: reference and time-limit mutants, run repeatedly"},
		&cli.IntFlag{Name: "runs", Value: verify.TimingRuns, Usage: "with --timing, run each program `N` times"},
	},
	Action: func(c *cli.Context) error {
		set, setErr := toVerify(c.Args().Slice())
		// verify runs the packages' own solutions: during a round that would
		// be a way to execute code. Checking prompts and questions runs
		// nothing.
		if setErr != nil || len(set.problems) > 0 {
			env, err := envOf(c)
			if err != nil {
				return err
			}
			if s, err := env.Store.Load(); err != nil {
				return err
			} else if err := refuseInNotepad(s, env.Now()); err != nil {
				return err
			}
		}
		if setErr != nil {
			return setErr
		}
		ps := set.problems
		j := &judge.Judge{Fresh: c.Bool("fresh")}
		if !c.Bool("timing") && (len(set.prompts) > 0 || set.questions != nil) {
			// The rounds without code: checked in milliseconds, first.
			roundsErr := VerifyRounds(c.App.Writer, set.prompts, set.questions, set.wholeBank)
			if len(ps) == 0 {
				return roundsErr
			}
			fmt.Fprintln(c.App.Writer)
			if err := Verify(c.Context, c.App.Writer, j, ps, c.Int("jobs")); err != nil {
				return err
			}
			return roundsErr
		}
		if len(ps) == 0 {
			return usageError("--timing checks problem packages, and %s holds none", strings.Join(c.Args().Slice(), ", "))
		}
		if c.Bool("timing") {
			if c.Int("runs") < 1 {
				return usageError("--runs must be at least 1")
			}
			return VerifyTiming(c.Context, c.App.Writer, j, ps, c.Int("runs"))
		}
		return Verify(c.Context, c.App.Writer, j, ps, c.Int("jobs"))
	},
}

// verifySet is what `judge verify` checks.
type verifySet struct {
	problems []*problem.Problem
	prompts  []*design.Prompt
	// questions is nil when no question file was named.
	questions []*behavioral.Question
	// wholeBank: the questions are a bank, which must ask every category.
	wholeBank bool
}

// toVerify finds what the folders dirs hold; none is the embedded banks.
func toVerify(dirs []string) (*verifySet, error) {
	set := &verifySet{}
	if len(dirs) == 0 {
		ps, err := problems.Load()
		if err != nil {
			return nil, err
		}
		set.problems = ps
		if set.prompts, err = rounds.Design(); err != nil {
			return nil, &exitError{code: ExitNotAccepted, err: err}
		}
		if set.questions, err = rounds.Questions(); err != nil {
			return nil, &exitError{code: ExitNotAccepted, err: err}
		}
		set.wholeBank = true
		return set, nil
	}
	for _, dir := range dirs {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stat(filepath.Join(dir, "problem.json")); err == nil {
			p, err := problem.Load(os.DirFS(filepath.Dir(abs)), filepath.Base(abs))
			if err != nil {
				return nil, &exitError{code: ExitNotAccepted, err: err}
			}
			set.problems = append(set.problems, p)
			continue
		}
		if _, err := os.Stat(filepath.Join(dir, design.MetaFile)); err == nil {
			p, err := design.Load(os.DirFS(filepath.Dir(abs)), filepath.Base(abs))
			if err != nil {
				return nil, &exitError{code: ExitNotAccepted, err: err}
			}
			set.prompts = append(set.prompts, p)
			continue
		}
		if _, err := os.Stat(dir); err != nil {
			return nil, usageError("%v", err)
		}
		found := 0
		more, err := problem.LoadAll(os.DirFS(dir), ".")
		if err != nil {
			return nil, &exitError{code: ExitNotAccepted, err: err}
		}
		set.problems = append(set.problems, more...)
		found += len(more)
		// Prompts in its folders, or in its design/ folder; questions in
		// its *.json files, or in its behavioral/ folder.
		for _, sub := range []string{".", rounds.DesignDir} {
			if fi, err := os.Stat(filepath.Join(dir, sub)); err != nil || !fi.IsDir() {
				continue
			}
			ps, err := design.LoadAll(os.DirFS(dir), sub)
			if err != nil {
				return nil, &exitError{code: ExitNotAccepted, err: err}
			}
			set.prompts = append(set.prompts, ps...)
			found += len(ps)
		}
		for _, sub := range []string{".", rounds.BehavioralDir} {
			files, _ := filepath.Glob(filepath.Join(dir, sub, "*.json"))
			if len(files) == 0 {
				continue
			}
			qs, err := behavioral.LoadAll(os.DirFS(dir), sub)
			if err != nil {
				return nil, &exitError{code: ExitNotAccepted, err: err}
			}
			if set.questions == nil {
				set.questions = []*behavioral.Question{}
			}
			set.questions = append(set.questions, qs...)
			found += len(qs)
		}
		if found == 0 {
			return nil, usageError("%s holds no problem package, design prompt or behavioral question (no problem.json, design.json or question file in it or its folders)", dir)
		}
	}
	return set, nil
}

// VerifyRounds checks design prompts and behavioral questions, a line
// each, and fails if any fails. whole: the questions are a bank.
func VerifyRounds(w io.Writer, prompts []*design.Prompt, questions []*behavioral.Question, whole bool) error {
	failed := 0
	for _, p := range prompts {
		findings := design.Check(p)
		status := good.Sprint("ok  ")
		if len(findings) > 0 {
			status = bad.Sprint("FAIL")
			failed++
		}
		covered := map[string]bool{}
		for _, it := range p.Rubric {
			covered[it.Section] = true
		}
		fmt.Fprintf(w, "%s %-58s %2d rubric items %d of %d sections %2d facts\n", status, "design/"+p.Slug, len(p.Rubric), len(covered), len(design.Sections), len(p.Facts))
		for _, f := range findings {
			fmt.Fprintf(w, "     - %s\n", indentAfterFirst(f, "       "))
		}
	}
	if questions != nil {
		findings := behavioral.Check(questions, whole)
		status := good.Sprint("ok  ")
		if len(findings) > 0 {
			status = bad.Sprint("FAIL")
			failed++
		}
		cats := map[string]bool{}
		for _, q := range questions {
			cats[q.Category] = true
		}
		fmt.Fprintf(w, "%s %-58s %2d questions in %d categories\n", status, "behavioral", len(questions), len(cats))
		for _, f := range findings {
			fmt.Fprintf(w, "     - %s\n", indentAfterFirst(f, "       "))
		}
	}
	n := len(prompts)
	if questions != nil {
		n++
	}
	fmt.Fprintf(w, "\n%d of %d round checks pass (%d design prompts%s)\n", n-failed, n, len(prompts), map[bool]string{true: ", the behavioral questions", false: ""}[questions != nil])
	if failed > 0 {
		return &exitError{code: ExitNotAccepted, err: fmt.Errorf("%d round checks fail", failed)}
	}
	return nil
}

// Verify checks ps, jobs at a time, printing one line per package as each
// finishes, and fails if any package does. A package whose only findings
// are growth classes the ladder measured otherwise than expected is
// checked once more, alone, after the others: a ladder measured beside
// other work (the other jobs, the rest of the machine) can read a class
// too high, and one measured on a quieter machine is the better evidence.
// Its line says what the first measurement read.
func Verify(ctx context.Context, w io.Writer, j *judge.Judge, ps []*problem.Problem, jobs int) error {
	return verifyEach(ctx, w, ps, jobs, func(p *problem.Problem) *verify.Result {
		return verify.Problem(ctx, j, p, verify.BankGate)
	})
}

// verifyEach is Verify with check the verification of one package.
func verifyEach(ctx context.Context, w io.Writer, ps []*problem.Problem, jobs int, check func(*problem.Problem) *verify.Result) error {
	start := time.Now()
	results := make(chan *verify.Result)
	work := make(chan *problem.Problem)
	var wg sync.WaitGroup
	for range max(jobs, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				results <- check(p)
			}
		}()
	}
	go func() {
		for _, p := range ps {
			work <- p
		}
		close(work)
		wg.Wait()
		close(results)
	}()
	bySlug := map[string]*problem.Problem{}
	for _, p := range ps {
		bySlug[p.Slug] = p
	}
	failed := 0
	var again []*verify.Result
	for r := range results {
		if r.Unsteady {
			again = append(again, r)
			continue
		}
		if !r.OK() {
			failed++
		}
		printResult(w, r, nil)
	}
	for _, first := range again {
		if ctx.Err() != nil {
			break
		}
		r := check(bySlug[first.Slug])
		if !r.OK() {
			failed++
		}
		printResult(w, r, first)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	fmt.Fprintf(w, "\n%d of %d problems pass (%.1fs)\n", len(ps)-failed, len(ps), time.Since(start).Seconds())
	if failed > 0 {
		return &exitError{code: ExitNotAccepted, err: fmt.Errorf("%d problems fail verification", failed)}
	}
	return nil
}

// printResult prints r's line, its findings and its ladders; first, when
// r was checked again alone, is the first check, whose findings follow.
func printResult(w io.Writer, r, first *verify.Result) {
	status := good.Sprint("ok  ")
	if !r.OK() {
		status = bad.Sprint("FAIL")
	}
	fmt.Fprintf(w, "%s %-58s %2d samples %3d hand %2d generated %2d mutants  %5.1fs\n",
		status, r.Slug, r.Samples, r.Hand, r.Generated, r.Mutants, r.Duration.Seconds())
	for _, f := range r.Findings {
		fmt.Fprintf(w, "     - %s\n", indentAfterFirst(f, "       "))
	}
	for _, what := range slices.Sorted(maps.Keys(r.Growth)) {
		g := r.Growth[what]
		fmt.Fprintf(w, "     %s\n", faint.Sprintf("ladder: %s measures %s: %s", what, g.Class, g.Evidence))
	}
	if first != nil {
		fmt.Fprintf(w, "     %s\n", faint.Sprint("checked again alone, after the others; beside them the ladder read:"))
		for _, f := range first.Findings {
			fmt.Fprintf(w, "     %s\n", faint.Sprint(indentAfterFirst("  "+f, "       ")))
		}
	}
}

// VerifyTiming runs the timing check of each of ps in turn, printing each
// as it finishes, and fails if any fails.
func VerifyTiming(ctx context.Context, w io.Writer, j *judge.Judge, ps []*problem.Problem, runs int) error {
	start := time.Now()
	failed := 0
	for _, p := range ps {
		t := verify.CheckTiming(ctx, j, p, runs)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		status := good.Sprint("ok  ")
		if !t.OK() {
			status = bad.Sprint("FAIL")
			failed++
		}
		fmt.Fprintf(w, "%s %-50s %5.1fs\n", status, t.Slug, t.Duration.Seconds())
		fmt.Fprintf(w, "     reference %s\n", &t.Reference)
		for i := range t.Mutants {
			fmt.Fprintf(w, "     mutant %s\n", &t.Mutants[i])
		}
		for _, f := range t.Findings {
			fmt.Fprintf(w, "     - %s\n", indentAfterFirst(f, "       "))
		}
	}
	fmt.Fprintf(w, "\n%d of %d problems keep their time limits (%d runs each, %.1fs)\n", len(ps)-failed, len(ps), runs, time.Since(start).Seconds())
	if failed > 0 {
		return &exitError{code: ExitNotAccepted, err: fmt.Errorf("%d problems fail the timing check", failed)}
	}
	return nil
}
