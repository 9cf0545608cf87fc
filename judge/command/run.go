package command

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var runCommand = &cli.Command{
	Name:      "run",
	Usage:     "run the statement's examples on the session's files (after the notepad phase)",
	UsageText: "judge run [--json] [SLUG...]\n   judge run --problem SLUG [--json] FILE\n   judge run --input 'nums = [1,2], target = 3' [--json] [SLUG | --problem SLUG FILE]",
	Description: `Runs only the examples of the statement, as LeetCode's Run button does:
every example, with what the solution answered and printed on it.
With --input, runs the solution on an input of your own instead, written
as the statement's examples are, and shows the reference solution's
answer beside it (exit status 0 when they agree under the problem's
comparison, 1 when not).
While a session's notepad phase runs, it is refused (exit status 2), as
running code is in the real interview; after it, it runs the session's
files, or with --problem a file of your choice.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "problem", Aliases: []string{"p"}, Usage: "run FILE as a solution of `SLUG`, outside the session"},
		&cli.StringFlag{Name: "input", Aliases: []string{"i"}, Usage: "run on `INPUT`, in the statement's form (nums = [1,2], target = 3), beside the reference's answer"},
		&cli.BoolFlag{Name: "json", Usage: "print the report(s) as JSON"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		return Run(c.Context, c.App.Writer, env, RunOptions{Problem: c.String("problem"), Args: c.Args().Slice(), Input: c.String("input"), JSON: c.Bool("json")})
	},
}

// RunOptions are the inputs of Run.
type RunOptions struct {
	// Problem, when set, runs Args[0] as a solution of it.
	Problem string
	// Args are the session's slugs to run (all when empty), or with
	// Problem the file.
	Args []string
	// Input, when set, is an input of the user's to run instead of the
	// examples, in the statement's form.
	Input string
	JSON  bool
}

// RunJSON is `judge run --json` on a session.
type RunJSON struct {
	Results []*judge.Report `json:"results"`
}

// Run judges files on the statements' examples; a failing one returns
// errNotAccepted. It refuses while a notepad phase runs.
func Run(ctx context.Context, w io.Writer, env *Env, o RunOptions) error {
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	if err := refuseInNotepad(s, env.Now()); err != nil {
		return err
	}
	if s != nil && s.KindOf() != session.KindCoding && o.Problem == "" {
		return usageError("the current round is %s round: it has no code to run; `judge run --problem SLUG FILE` runs a file of your own", map[bool]string{true: "an ML design", false: "a behavioral"}[s.KindOf() == session.KindDesign])
	}
	if o.Input != "" {
		return runInput(ctx, w, env, s, o)
	}
	if o.Problem != "" {
		if len(o.Args) != 1 {
			return usageError("give one solution file: judge run --problem %s FILE", o.Problem)
		}
		b, err := env.Bank(nil)
		if err != nil {
			return err
		}
		p, err := b.Find(o.Problem)
		if err != nil {
			return err
		}
		return judgeFile(ctx, w, env.Judge.RunSamples, p, o.Args[0], o.JSON)
	}
	if s == nil {
		return usageError("no session: `judge start SLUG` begins one; `judge run --problem SLUG FILE` runs a file of your own")
	}
	b, err := env.Bank(s.ProblemDirs)
	if err != nil {
		return err
	}
	var reports []*judge.Report
	for _, sp := range s.Problems {
		if len(o.Args) > 0 && !contains(o.Args, sp.Slug) {
			continue
		}
		p, err := b.Find(sp.Slug)
		if err != nil {
			return err
		}
		rep, err := env.Judge.RunSamples(ctx, p, readSolution(sp.File))
		if err != nil {
			return err
		}
		reports = append(reports, rep)
	}
	if len(reports) == 0 {
		return usageError("the session has no problem %s; its problems: %s", strings.Join(o.Args, ", "), strings.Join(s.Slugs(), ", "))
	}
	if o.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(RunJSON{Results: reports}); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(w, faint.Sprint("Examples only; `judge submit` judges the hidden tests."))
		for _, rep := range reports {
			renderReport(w, rep)
		}
	}
	for _, rep := range reports {
		if rep.Verdict != judge.Accepted {
			return errNotAccepted
		}
	}
	return nil
}

// refuseInNotepad is the refusal of anything that would execute code while
// s's notepad phase runs: exit status 2, as the command cannot be done now.
func refuseInNotepad(s *session.Session, now time.Time) error {
	if s.PhaseAt(now) != session.Notepad {
		return nil
	}
	return usageError("execution is disabled in the notepad phase, as in the real interview: %s left (until %s). Trace your code by hand on your cases; `judge submit` ends the phase and judges the session",
		session.Clock(s.Remaining(now)), s.Deadline.Local().Format("15:04:05"))
}

// readSolution reads a session's file as the judge takes it; a missing file
// is judged as empty, so the report says what is missing.
func readSolution(file string) driver.Source {
	code, _ := os.ReadFile(file)
	return driver.Source{Name: rel(file), Code: string(code)}
}

// judgeFile judges one file outside any session with judgeFn (Submit or
// RunSamples) and writes its report.
func judgeFile(ctx context.Context, w io.Writer, judgeFn func(context.Context, *problem.Problem, driver.Source) (*judge.Report, error), p *problem.Problem, file string, asJSON bool) error {
	code, err := os.ReadFile(file)
	if err != nil {
		return usageError("read solution: %v", err)
	}
	rep, err := judgeFn(ctx, p, driver.Source{Name: file, Code: string(code)})
	if err != nil {
		return err
	}
	if err := writeReport(w, rep, asJSON); err != nil {
		return err
	}
	if rep.Verdict != judge.Accepted {
		return errNotAccepted
	}
	return nil
}
