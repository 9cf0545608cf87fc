package command

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/review"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var submitCommand = &cli.Command{
	Name:      "submit",
	Usage:     "end the round's notepad phase and judge it (or review it), or judge one file",
	UsageText: "judge submit [--next] [--json]\n   judge submit --problem SLUG [--json] FILE",
	Description: `Without --problem, ends the round's notepad phase and judges every problem
of a coding round on its hidden tests; an ML design or behavioral round's
notepad is reviewed instead. A round is judged once: a second submit shows
the recorded result. Exit status 0 only when the round passed: every
problem accepted (a design round: every section written; a behavioral
round: every answer complete) and no file edited after the deadline.

In a loop (judge mock --format phone-senior or onsite), submit then asks
whether to start the next round, on a terminal; --next starts it without
asking (and starts it too when the round was judged already). At the end
of the loop, submit and ` + "`judge status`" + ` show the whole loop's report.

With --problem, compiles FILE with a driver for the problem's LeetCode
signature and runs it on every hidden test under time and memory limits,
outside any session (refused while a notepad phase runs). FILE needs no
package clause and no standard-library imports.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "problem", Aliases: []string{"p"}, Usage: "judge FILE as a solution of `SLUG`, outside the session"},
		&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
		&cli.BoolFlag{Name: "next", Aliases: []string{"y"}, Usage: "in a loop, start the next round without asking"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.String("problem") != "" && c.Bool("next") {
			return usageError("--next goes with a round's submit, not --problem")
		}
		var cont Continue
		switch {
		case c.Bool("next"):
			cont = func(string) bool { return true }
		case !c.Bool("json") && isTerminal(os.Stdin) && isTerminal(c.App.Writer):
			cont = askOn(os.Stdin, c.App.Writer)
		}
		if c.String("problem") == "" {
			if len(c.Args().Slice()) > 0 {
				return usageError("name the problem: judge submit --problem SLUG FILE (judge submit alone judges the session)")
			}
			return SubmitSession(c.Context, c.App.Writer, env, c.Bool("json"), cont)
		}
		return Submit(c.Context, c.App.Writer, env, c.String("problem"), c.Args().Slice(), c.Bool("json"))
	},
}

// Continue says whether to start the loop's next round now, given the
// question to ask; nil never starts it.
type Continue func(question string) bool

// askOn asks the question on w and reads the answer from r: yes unless it
// starts with n.
func askOn(r io.Reader, w io.Writer) Continue {
	return func(q string) bool {
		fmt.Fprintf(w, "%s [Y/n] ", q)
		line, err := bufio.NewReader(r).ReadString('\n')
		if err != nil && line == "" {
			fmt.Fprintln(w)
			return false
		}
		a := strings.ToLower(strings.TrimSpace(line))
		return !strings.HasPrefix(a, "n")
	}
}

// Submit judges the session, or with slug set the one file in args,
// refused while a notepad phase runs.
func Submit(ctx context.Context, w io.Writer, env *Env, slug string, args []string, asJSON bool) error {
	if slug == "" {
		if len(args) > 0 {
			return usageError("name the problem: judge submit --problem SLUG FILE (judge submit alone judges the session)")
		}
		return SubmitSession(ctx, w, env, asJSON, nil)
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
	Session string `json:"session"`
	Format  string `json:"format,omitempty"`
	// Kind is the round's: coding, ml-design or behavioral.
	Kind session.Kind `json:"kind"`
	// Round is the round's place in the loop, from 1, of Rounds.
	Round     int       `json:"round"`
	Rounds    int       `json:"rounds"`
	Started   time.Time `json:"started"`
	Deadline  time.Time `json:"deadline"`
	Submitted time.Time `json:"submitted"`
	// Recorded is true when the round was judged by an earlier submit:
	// this is its recorded result.
	Recorded bool `json:"recorded"`
	// Passed: every problem accepted (every section written, every answer
	// complete), on time.
	Passed          bool `json:"passed"`
	Overtime        bool `json:"overtime"`
	OvertimeSeconds int  `json:"overtime_seconds"`
	// Results are a coding round's reports, one per problem, as `judge
	// submit --problem --json` prints them.
	Results []*judge.Report `json:"results"`
	// Reviews grade each problem beyond its verdict, in the same order;
	// null where no review could be made.
	Reviews []*review.Review     `json:"reviews"`
	Files   []session.FileResult `json:"files"`
	// Design and Behavioral are the reviews of those rounds.
	Design     *design.Review     `json:"design,omitempty"`
	Behavioral *behavioral.Review `json:"behavioral,omitempty"`
	// Next is the round this submit started, from 1; 0 when none.
	Next int `json:"next_round,omitempty"`
}

// SubmitSession ends the current round's notepad phase and judges (or
// reviews) it, once: the lock makes a second submit wait and then show
// the recorded result. In a loop, cont decides whether the next round
// starts now. Exit status 0 only when the round passed.
func SubmitSession(ctx context.Context, w io.Writer, env *Env, asJSON bool, cont Continue) error {
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
	var bank *roundBank
	if s.KindOf() != session.KindCoding {
		if bank, err = loadRoundBank(); err != nil {
			return err
		}
	}
	if !recorded {
		// The edit log ends with the files as judged.
		observeEdits(env, s)
		switch s.KindOf() {
		case session.KindCoding:
			err = judgeCoding(ctx, env, s)
		default:
			err = reviewNotes(env, s, bank)
		}
		if err != nil {
			return err
		}
	}
	r := s.Result
	out := w
	if asJSON {
		out = io.Discard
	} else {
		showResult(w, s, recorded, bank)
	}
	next := 0
	if len(s.Next) > 0 {
		q := fmt.Sprintf("Start round %d of %d (%s, %s) now?", s.Index()+2, s.Total(), s.Next[0].KindOf().Title(), session.Clock(s.Next[0].Duration()))
		if cont != nil && cont(q) {
			if !asJSON {
				fmt.Fprintln(w)
			}
			if err := advance(out, env, s); err != nil {
				return err
			}
			next = s.Index() + 1
		} else if !asJSON {
			fmt.Fprintf(w, "%s\n", faint.Sprintf("`judge submit --next` starts round %d of %d when you are ready.", s.Index()+2, s.Total()))
		}
	} else if s.IsLoop() && !asJSON {
		fmt.Fprintln(w)
		renderLoopReport(w, s)
	}
	if asJSON {
		// The round judged, even when the next has started since.
		jr := &s.Round
		idx := s.Index()
		if next > 0 {
			jr, idx = &s.Done[len(s.Done)-1], idx-1
		}
		res := SessionResult{
			Session: s.ID, Format: s.Format, Kind: jr.KindOf(), Round: idx + 1, Rounds: s.Total(),
			Started: jr.Started, Deadline: jr.Deadline, Submitted: r.Submitted,
			Recorded: recorded, Passed: r.Passed(), Overtime: r.Overtime, OvertimeSeconds: r.OvertimeSeconds,
			Results: r.Reports, Reviews: r.Reviews, Files: r.Files, Design: r.Design, Behavioral: r.Behavioral, Next: next,
		}
		if res.Results == nil {
			res.Results, res.Reviews = []*judge.Report{}, []*review.Review{}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return err
		}
	}
	if !r.Passed() {
		return errNotAccepted
	}
	return nil
}

// judgeCoding judges a coding round's files, records the round and saves
// the session.
func judgeCoding(ctx context.Context, env *Env, s *session.Session) error {
	b, err := env.Bank(s.ProblemDirs)
	if err != nil {
		return err
	}
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
	// and the history keeps the later line of a round.
	rec := s.Record(submitted, nil)
	for i := range rec.Attempts {
		rec.Attempts[i].Code = codes[i]
	}
	if err := env.Store.Append(rec); err != nil {
		return err
	}
	return env.Store.Save(s)
}

// reviewNotes reviews a design or behavioral round's notepad, records the
// round and saves the session. A missing notepad is reviewed as empty.
func reviewNotes(env *Env, s *session.Session, bank *roundBank) error {
	submitted := env.Now()
	files := s.Stat()
	b, _ := os.ReadFile(s.Notes)
	notes := string(b)
	res := s.Grade(files, nil, submitted)
	switch s.KindOf() {
	case session.KindDesign:
		p, err := bank.prompt(s.Design.Slug)
		if err != nil {
			return err
		}
		res.Design = design.ReviewNotes(p, notes, s.Duration())
	case session.KindBehavioral:
		var qs []*behavioral.Question
		for _, q := range s.Questions {
			qs = append(qs, &behavioral.Question{ID: q.ID, Category: q.Category, Text: q.Text})
		}
		res.Behavioral = behavioral.ReviewNotes(qs, notes)
	}
	s.Result = res
	rec := s.Record(submitted, nil)
	if rec.Design != nil {
		rec.Design.Notes = notes
	}
	if rec.Behavioral != nil {
		rec.Behavioral.Notes = notes
	}
	if err := env.Store.Append(rec); err != nil {
		return err
	}
	return env.Store.Save(s)
}

// showResult writes a judged round for a terminal, then what comes next
// in the interview.
func showResult(w io.Writer, s *session.Session, recorded bool, bank *roundBank) {
	r := s.Result
	if recorded {
		fmt.Fprintf(w, "%s\n", faint.Sprintf("This round was judged at %s (a round is judged once); its recorded result:", r.Submitted.Local().Format("2006-01-02 15:04:05")))
	}
	when := fmt.Sprintf("submitted %s into the %s round", session.Elapsed(max(r.Submitted.Sub(s.Started), 0)), session.Clock(s.Duration()))
	if r.Submitted.After(s.Deadline) {
		when = fmt.Sprintf("submitted %s after the deadline", session.Elapsed(r.Submitted.Sub(s.Deadline)))
	}
	what := "Judged " + strings.Join(s.Slugs(), ", ")
	if s.KindOf() != session.KindCoding {
		what = "Reviewed " + strings.TrimPrefix(s.Label(), "the ML design prompt ")
	}
	if s.IsLoop() {
		what = fmt.Sprintf("Round %d of %d · %s", s.Index()+1, s.Total(), what)
	}
	fmt.Fprintf(w, "%s %s\n\n", heading.Sprint(what+":"), when)
	switch s.KindOf() {
	case session.KindDesign:
		var p *design.Prompt
		if bank != nil {
			p, _ = bank.prompt(s.Design.Slug)
		}
		renderDesignReview(w, &s.Round, r.Design, p)
		showNotesFile(w, s)
		fmt.Fprintln(w)
		missing, empty := r.Design.Gaps()
		switch {
		case r.Passed():
			fmt.Fprintln(w, good.Sprint("✓ Round done:")+" every section written, on time.")
		case r.Overtime:
			fmt.Fprintf(w, "%s overtime: the notepad was edited %s after the deadline.\n", bad.Sprint("✗ Round not done:"), session.Clock(time.Duration(r.OvertimeSeconds)*time.Second))
		default:
			var gaps []string
			if len(missing) > 0 {
				gaps = append(gaps, "missing "+strings.Join(missing, ", "))
			}
			if len(empty) > 0 {
				gaps = append(gaps, "empty "+strings.Join(empty, ", "))
			}
			fmt.Fprintf(w, "%s %s.\n", bad.Sprint("✗ Round not done:"), strings.Join(gaps, "; "))
		}
	case session.KindBehavioral:
		renderBehavioralReview(w, &s.Round, r.Behavioral, bank)
		showNotesFile(w, s)
		fmt.Fprintln(w)
		switch {
		case r.Passed():
			fmt.Fprintln(w, good.Sprint("✓ Round done:")+" every answer complete, on time.")
		case r.Overtime:
			fmt.Fprintf(w, "%s overtime: the notepad was edited %s after the deadline.\n", bad.Sprint("✗ Round not done:"), session.Clock(time.Duration(r.OvertimeSeconds)*time.Second))
		default:
			fmt.Fprintf(w, "%s %d of %d answers complete.\n", bad.Sprint("✗ Round not done:"), r.Behavioral.Complete, r.Behavioral.Total)
		}
	default:
		showCodingResult(w, s)
	}
	showNext(w, s)
	if s.KindOf() == session.KindCoding {
		fmt.Fprintln(w, faint.Sprint("`judge run` runs the examples; `judge history` lists your attempts."))
	}
}

// showNotesFile says when the notepad was last edited.
func showNotesFile(w io.Writer, s *session.Session) {
	if len(s.Result.Files) == 0 {
		return
	}
	f := s.Result.Files[0]
	switch {
	case f.Missing:
		fmt.Fprintf(w, "  %s %s was missing: reviewed as empty\n", faint.Sprint("Notepad"), rel(s.Notes))
	case f.Overtime:
		fmt.Fprintf(w, "  %s %s, %s after the deadline\n", faint.Sprint("Last edit"), session.Clock(time.Duration(f.SecondsUsed)*time.Second), session.Clock(f.Modified.Sub(s.Deadline)))
	case f.Edited:
		fmt.Fprintf(w, "  %s %s into the round · %s\n", faint.Sprint("Last edit"), session.Clock(time.Duration(f.SecondsUsed)*time.Second), rel(s.Notes))
	default:
		fmt.Fprintf(w, "  %s %s never edited after the start\n", faint.Sprint("Notepad"), rel(s.Notes))
	}
}

// showCodingResult writes a judged coding round: each problem's report
// and review, then the round's verdict.
func showCodingResult(w io.Writer, s *session.Session) {
	r := s.Result
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
}

// showNext writes what follows the current round in the format's
// schedule.
func showNext(w io.Writer, s *session.Session) {
	f, err := session.FindFormat(s.Format)
	if err != nil {
		return
	}
	level := s.Level
	if level == "" {
		level = f.Levels[0]
	}
	seen := -1
	for _, b := range f.Blocks(level) {
		if b.Round != "" {
			seen++
		}
		if seen <= s.Index() && !(seen == s.Index() && b.Round == "") {
			continue
		}
		what := b.What
		if b.Round == session.KindBehavioral && s.Behavioral != "" {
			what = s.Behavioral
		}
		fmt.Fprintf(w, "Next, %s (%d min): %s\n", b.Name, b.Minutes, what)
	}
}
