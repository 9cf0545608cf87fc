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
	"github.com/judgehq/judge/judge/review"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var submitCommand = &cli.Command{
	Name:      "submit",
	Usage:     "end the notepad phase and judge the session, or judge one file",
	UsageText: "judge submit [--json]\n   judge submit --problem SLUG [--json] FILE",
	Description: `Without --problem, ends the session's notepad phase and judges every
problem of the session on its hidden tests. A session is judged once: a
second submit shows the recorded result. Exit status 0 only when every
problem is accepted and no file was edited after the deadline.

With --problem, compiles FILE with a driver for the problem's LeetCode
signature and runs it on every hidden test under time and memory limits,
outside any session (refused while a notepad phase runs). FILE needs no
package clause and no standard-library imports.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "problem", Aliases: []string{"p"}, Usage: "judge FILE as a solution of `SLUG`, outside the session"},
		&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		return Submit(c.Context, c.App.Writer, env, c.String("problem"), c.Args().Slice(), c.Bool("json"))
	},
}

// Submit judges the session, or with slug set the one file in args,
// refused while a notepad phase runs.
func Submit(ctx context.Context, w io.Writer, env *Env, slug string, args []string, asJSON bool) error {
	if slug == "" {
		if len(args) > 0 {
			return usageError("name the problem: judge submit --problem SLUG FILE (judge submit alone judges the session)")
		}
		return SubmitSession(ctx, w, env, asJSON)
	}
	if len(args) != 1 {
		return usageError("give one solution file: judge submit --problem %s FILE", slug)
	}
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	if err := refuseInNotepad(s, env.Now()); err != nil {
		return err
	}
	b, err := env.Bank(nil)
	if err != nil {
		return err
	}
	p, err := b.Find(slug)
	if err != nil {
		return err
	}
	return SubmitFile(ctx, w, env, p, args[0], asJSON)
}

// FileResult is `judge submit --problem --json`: the report, then the
// review.
type FileResult struct {
	*judge.Report
	Review *review.Review `json:"review,omitempty"`
}

// SubmitFile judges and reviews the solution in file, writes both and
// records the attempt as practice; a verdict other than accepted returns
// errNotAccepted.
func SubmitFile(ctx context.Context, w io.Writer, env *Env, p *problem.Problem, file string, asJSON bool) error {
	code, err := os.ReadFile(file)
	if err != nil {
		return usageError("read solution: %v", err)
	}
	src := driver.Source{Name: file, Code: string(code)}
	rep, prog, err := env.Judge.SubmitCompiled(ctx, p, src)
	if err != nil {
		return err
	}
	// The verdict is recorded and shown as soon as it is known: the review
	// (a complexity ladder, the examples) can take as long again, and an
	// interrupt during it loses nothing.
	if err := appendPractice(env, session.PracticeRecord(problemOf(p, ""), rep, src.Code, env.Now())); err != nil {
		prog.Close()
		return err
	}
	if !asJSON {
		renderReport(w, rep)
	}
	rev, revErr := env.Judge.Review(ctx, review.Input{Problem: p, Source: src, Report: rep, Program: prog})
	prog.Close()
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(FileResult{Report: rep, Review: rev}); err != nil {
			return err
		}
	} else {
		showReview(w, rev, revErr)
	}
	if rep.Verdict != judge.Accepted {
		return errNotAccepted
	}
	return nil
}

// appendPractice records r under the store's lock, which every change to
// the history holds.
func appendPractice(env *Env, r session.Record) error {
	unlock, err := env.Store.Lock()
	if err != nil {
		return err
	}
	defer unlock()
	return env.Store.Append(r)
}

// showReview writes a review, or why there is none.
func showReview(w io.Writer, rev *review.Review, err error) {
	if err != nil {
		fmt.Fprintf(w, "  %s %v\n", faint.Sprint("No review:"), err)
		return
	}
	if rev != nil {
		renderReview(w, rev)
	}
}

// problemOf is p as a session or the history names it.
func problemOf(p *problem.Problem, file string) session.Problem {
	return session.Problem{Slug: p.Slug, Title: p.Title, Difficulty: p.Difficulty, Topics: p.Topics, File: file}
}

func writeReport(w io.Writer, rep *judge.Report, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	renderReport(w, rep)
	return nil
}

// SessionResult is `judge submit --json` on a session.
type SessionResult struct {
	Session   string    `json:"session"`
	Format    string    `json:"format,omitempty"`
	Started   time.Time `json:"started"`
	Deadline  time.Time `json:"deadline"`
	Submitted time.Time `json:"submitted"`
	// Recorded is true when the session was judged by an earlier submit:
	// this is its recorded result.
	Recorded bool `json:"recorded"`
	// Passed: every problem accepted, on time.
	Passed          bool `json:"passed"`
	Overtime        bool `json:"overtime"`
	OvertimeSeconds int  `json:"overtime_seconds"`
	// Results are the reports, one per problem, as `judge submit --problem
	// --json` prints them.
	Results []*judge.Report `json:"results"`
	// Reviews grade each problem beyond its verdict, in the same order;
	// null where no review could be made.
	Reviews []*review.Review     `json:"reviews"`
	Files   []session.FileResult `json:"files"`
}

// SubmitSession ends the session's notepad phase and judges its files, once:
// the lock makes a second submit wait and then show the recorded result.
// Exit status 0 only when the round passed.
func SubmitSession(ctx context.Context, w io.Writer, env *Env, asJSON bool) error {
	unlock, err := env.Store.Lock()
	if err != nil {
		return err
	}
	defer unlock()
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	if s == nil {
		return usageError("no session to submit: `judge start SLUG` begins one; `judge submit --problem SLUG FILE` judges a file outside any session")
	}
	recorded := s.Result != nil
	if !recorded {
		b, err := env.Bank(s.ProblemDirs)
		if err != nil {
			return err
		}
		// The edit log ends with the files as judged.
		observeEdits(env, s)
		submitted := env.Now()
		files := s.Stat()
		var reports []*judge.Report
		var reviews []*review.Review
		var codes []string
		for _, sp := range s.Problems {
			p, err := b.Find(sp.Slug)
			if err != nil {
				return err
			}
			src := readSolution(sp.File)
			rep, prog, err := env.Judge.SubmitCompiled(ctx, p, src)
			if err != nil {
				return fmt.Errorf("judge %s: %w", sp.Slug, err)
			}
			reports = append(reports, rep)
			codes = append(codes, src.Code)
			// A review that cannot be made leaves the verdict standing.
			rev, err := env.Judge.Review(ctx, review.Input{Problem: p, Source: src, Report: rep, Program: prog, HintSeconds: sp.Hints})
			prog.Close()
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				rev = nil
			}
			reviews = append(reviews, rev)
		}
		s.Result = s.Grade(files, reports, submitted)
		s.Result.Reviews = reviews
		// History first: a crash before the save judges again next time,
		// and the history keeps the later line of a session.
		rec := s.Record(submitted, nil)
		for i := range rec.Attempts {
			rec.Attempts[i].Code = codes[i]
		}
		if err := env.Store.Append(rec); err != nil {
			return err
		}
		if err := env.Store.Save(s); err != nil {
			return err
		}
	}
	r := s.Result
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(SessionResult{
			Session: s.ID, Format: s.Format, Started: s.Started, Deadline: s.Deadline, Submitted: r.Submitted,
			Recorded: recorded, Passed: r.Passed(), Overtime: r.Overtime, OvertimeSeconds: r.OvertimeSeconds,
			Results: r.Reports, Reviews: r.Reviews, Files: r.Files,
		}); err != nil {
			return err
		}
	} else {
		showResult(w, s, recorded)
	}
	if !r.Passed() {
		return errNotAccepted
	}
	return nil
}

// showResult writes a judged session for a terminal.
func showResult(w io.Writer, s *session.Session, recorded bool) {
	r := s.Result
	if recorded {
		fmt.Fprintf(w, "%s\n", faint.Sprintf("This session was judged at %s (a session is judged once); its recorded result:", r.Submitted.Local().Format("2006-01-02 15:04:05")))
	}
	when := fmt.Sprintf("submitted %s into the %s round", session.Elapsed(max(r.Submitted.Sub(s.Started), 0)), session.Clock(s.Duration()))
	if r.Submitted.After(s.Deadline) {
		when = fmt.Sprintf("submitted %s after the deadline", session.Elapsed(r.Submitted.Sub(s.Deadline)))
	}
	fmt.Fprintf(w, "%s %s\n\n", heading.Sprint("Judged "+strings.Join(s.Slugs(), ", ")+":"), when)
	for i, rep := range r.Reports {
		renderReport(w, rep)
		f := r.Files[i]
		switch {
		case f.Missing:
			fmt.Fprintf(w, "  %s %s was missing: judged as empty\n", faint.Sprint("File"), rel(s.Problems[i].File))
		case f.Overtime:
			fmt.Fprintf(w, "  %s %s, %s after the deadline\n", faint.Sprint("Last edit"), session.Clock(time.Duration(f.SecondsUsed)*time.Second), session.Clock(f.Modified.Sub(s.Deadline)))
		case f.Edited:
			fmt.Fprintf(w, "  %s %s into the round\n", faint.Sprint("Last edit"), session.Clock(time.Duration(f.SecondsUsed)*time.Second))
		default:
			fmt.Fprintf(w, "  %s never edited after the start\n", faint.Sprint("File"))
		}
		if i < len(r.Reviews) && r.Reviews[i] != nil {
			renderReview(w, r.Reviews[i])
		}
		fmt.Fprintln(w)
	}
	accepted := 0
	for _, rep := range r.Reports {
		if rep.Verdict == judge.Accepted {
			accepted++
		}
	}
	switch {
	case r.Passed():
		fmt.Fprintln(w, good.Sprint("✓ Round passed:")+" every problem accepted, on time.")
	case r.Overtime:
		fmt.Fprintf(w, "%s overtime: a file was edited %s after the deadline; %d of %d accepted.\n", bad.Sprint("✗ Round not passed:"), session.Clock(time.Duration(r.OvertimeSeconds)*time.Second), accepted, len(r.Reports))
	default:
		fmt.Fprintf(w, "%s %d of %d accepted.\n", bad.Sprint("✗ Round not passed:"), accepted, len(r.Reports))
	}
	if f, err := session.FindFormat(s.Format); err == nil {
		after := false
		for _, b := range f.Schedule {
			if b.Coding {
				after = true
				continue
			}
			if !after {
				continue
			}
			what := b.What
			if b.Name == "behavioral" && s.Behavioral != "" {
				what = s.Behavioral
			}
			fmt.Fprintf(w, "Next, %s (%d min): %s\n", b.Name, b.Minutes, what)
		}
	}
	fmt.Fprintln(w, faint.Sprint("`judge run` runs the examples; `judge history` lists your attempts."))
}
