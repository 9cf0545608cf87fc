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
	"sync"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/verify"
	"github.com/judgehq/judge/problems"
	"github.com/urfave/cli/v2"
)

var verifyCommand = &cli.Command{
	Name:      "verify",
	Usage:     "check problem packages: examples, reference, stub, mutants, generator",
	UsageText: "judge verify [--jobs N] [--fresh] [DIR...]\n   judge verify --timing [--runs N] [--fresh] [DIR...]",
	Description: `With no DIR, checks the whole embedded bank. A DIR is a problem package
(a folder with problem.json) or a folder of packages. See
problems/README.md for the format and what is checked.

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
		// verify runs the packages' own solutions: during a round that would
		// be a way to execute code.
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if s, err := env.Store.Load(); err != nil {
			return err
		} else if err := refuseInNotepad(s, env.Now()); err != nil {
			return err
		}
		ps, err := packagesToVerify(c.Args().Slice())
		if err != nil {
			return err
		}
		j := &judge.Judge{Fresh: c.Bool("fresh")}
		if c.Bool("timing") {
			if c.Int("runs") < 1 {
				return usageError("--runs must be at least 1")
			}
			return VerifyTiming(c.Context, c.App.Writer, j, ps, c.Int("runs"))
		}
		return Verify(c.Context, c.App.Writer, j, ps, c.Int("jobs"))
	},
}

func packagesToVerify(dirs []string) ([]*problem.Problem, error) {
	if len(dirs) == 0 {
		ps, err := problems.Load()
		if err != nil {
			return nil, err
		}
		return ps, nil
	}
	var ps []*problem.Problem
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "problem.json")); err == nil {
			abs, err := filepath.Abs(dir)
			if err != nil {
				return nil, err
			}
			p, err := problem.Load(os.DirFS(filepath.Dir(abs)), filepath.Base(abs))
			if err != nil {
				return nil, &exitError{code: ExitNotAccepted, err: err}
			}
			ps = append(ps, p)
			continue
		}
		if _, err := os.Stat(dir); err != nil {
			return nil, usageError("%v", err)
		}
		more, err := problem.LoadAll(os.DirFS(dir), ".")
		if err != nil {
			return nil, &exitError{code: ExitNotAccepted, err: err}
		}
		if len(more) == 0 {
			return nil, usageError("%s holds no problem package (no problem.json in it or its folders)", dir)
		}
		ps = append(ps, more...)
	}
	return ps, nil
}

// Verify checks ps, jobs at a time, printing one line per package as each
// finishes, and fails if any package does.
func Verify(ctx context.Context, w io.Writer, j *judge.Judge, ps []*problem.Problem, jobs int) error {
	start := time.Now()
	results := make(chan *verify.Result)
	work := make(chan *problem.Problem)
	var wg sync.WaitGroup
	for range max(jobs, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				results <- verify.Problem(ctx, j, p, verify.BankGate)
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
	failed := 0
	for r := range results {
		status := good.Sprint("ok  ")
		if !r.OK() {
			status = bad.Sprint("FAIL")
			failed++
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
