package command

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var statusCommand = &cli.Command{
	Name:      "status",
	Usage:     "show the session's phase, time left, where you should be, and its files",
	UsageText: "judge status [--json] [--watch]",
	Description: `Phases: notepad (the clock runs; nothing executes), time_up (the deadline
passed; ` + "`judge submit`" + ` judges the files), judged, or none. --watch shows the
countdown and each stage's prompt until the deadline or Ctrl-C.

In a loop (judge mock --format phone-senior or onsite) the status is the
current round's, beside the list of rounds; once every round is judged it
is the whole loop's report. --json lists the rounds in "rounds": each with
"kind" (coding, ml-design or behavioral), "state" (done, current, next),
"minutes", and "remaining_seconds" for the current one.`,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print the status as JSON"},
		&cli.BoolFlag{Name: "watch", Aliases: []string{"w"}, Usage: "show a live countdown until the deadline"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.Bool("watch") {
			ctx, stop := signal.NotifyContext(c.Context, os.Interrupt)
			defer stop()
			return Watch(ctx, c.App.Writer, env, isTerminal(c.App.Writer))
		}
		return Status(c.App.Writer, env, c.Bool("json"))
	},
}

// StatusJSON is `judge status --json`.
type StatusJSON struct {
	// Phase is none, notepad, time_up or judged.
	Phase   session.Phase `json:"phase"`
	Session string        `json:"session,omitempty"`
	Format  string        `json:"format,omitempty"`
	Level   string        `json:"level,omitempty"`
	// Kind is the current round's: coding, ml-design or behavioral.
	Kind session.Kind `json:"kind,omitempty"`
	// Round is the current round's place, from 1, in Rounds.
	Round  int         `json:"round,omitempty"`
	Rounds []RoundJSON `json:"rounds,omitempty"`
	// Notes is a design or behavioral round's notepad.
	Notes string `json:"notes,omitempty"`
	// Design is a design round's prompt and the clarifying questions
	// asked; Questions a behavioral round's.
	Design           *session.DesignPrompt `json:"design,omitempty"`
	Questions        []session.Question    `json:"questions,omitempty"`
	Started          *time.Time            `json:"started,omitempty"`
	Deadline         *time.Time            `json:"deadline,omitempty"`
	Minutes          float64               `json:"minutes,omitempty"`
	RemainingSeconds int                   `json:"remaining_seconds"`
	ElapsedSeconds   int                   `json:"elapsed_seconds"`
	Stage            *StageJSON            `json:"stage,omitempty"`
	Dir              string                `json:"dir,omitempty"`
	Problems         []StatusProblem       `json:"problems"`
	// Overtime and Passed are set once the session is judged.
	Overtime *bool `json:"overtime,omitempty"`
	Passed   *bool `json:"passed,omitempty"`
}

// RoundJSON is one round of the session in `judge status --json`.
type RoundJSON struct {
	Round int          `json:"round"`
	Kind  session.Kind `json:"kind"`
	// State is done, current or next.
	State   string  `json:"state"`
	Minutes float64 `json:"minutes"`
	// Phase is the round's phase, for the current and done rounds.
	Phase    *session.Phase `json:"phase,omitempty"`
	Started  *time.Time     `json:"started,omitempty"`
	Deadline *time.Time     `json:"deadline,omitempty"`
	// RemainingSeconds is the current round's time left.
	RemainingSeconds *int `json:"remaining_seconds,omitempty"`
	// Problems, Prompt and Questions are the round's content.
	Problems  []string `json:"problems,omitempty"`
	Prompt    string   `json:"prompt,omitempty"`
	Questions []string `json:"questions,omitempty"`
	// Passed is set once the round is judged.
	Passed   *bool    `json:"passed,omitempty"`
	Verdicts []string `json:"verdicts,omitempty"`
	// Design is a judged design round's coverage and self-grades;
	// Behavioral a judged behavioral round's answers.
	Design     *DesignSummary     `json:"design,omitempty"`
	Behavioral *BehavioralSummary `json:"behavioral,omitempty"`
}

// DesignSummary sums up a design round's review.
type DesignSummary struct {
	SectionsWritten int `json:"sections_written"`
	Sections        int `json:"sections"`
	Mentioned       int `json:"mentioned"`
	Total           int `json:"total"`
	// Graded items of Total, their grades' sum, out of MaxGrade per item.
	Graded    int `json:"graded"`
	SelfGrade int `json:"self_grade"`
	MaxGrade  int `json:"self_grade_max"`
}

// BehavioralSummary sums up a behavioral round's review.
type BehavioralSummary struct {
	Complete int `json:"complete"`
	Total    int `json:"total"`
}

// roundJSON describes round r, the i-th of s, at now.
func roundJSON(s *session.Session, i int, r *session.Round, now time.Time) RoundJSON {
	rj := RoundJSON{Round: i + 1, Kind: r.KindOf(), Minutes: r.Duration().Minutes(), Problems: r.Slugs(), Questions: r.QuestionIDs()}
	if r.Design != nil {
		rj.Prompt = r.Design.Slug
	}
	switch {
	case i < s.Index():
		rj.State = "done"
	case i == s.Index():
		rj.State = "current"
		left := 0
		if s.PhaseAt(now) == session.Notepad {
			left = session.Seconds(s.Remaining(now))
		}
		rj.RemainingSeconds = &left
	default:
		rj.State = "next"
	}
	if rj.State != "next" {
		ph := r.PhaseAt(now)
		rj.Phase = &ph
		rj.Started, rj.Deadline = &r.Started, &r.Deadline
	}
	if res := r.Result; res != nil {
		passed := res.Passed()
		rj.Passed = &passed
		for _, rep := range res.Reports {
			if rep != nil {
				rj.Verdicts = append(rj.Verdicts, rep.Verdict.String())
			}
		}
		if rev := res.Design; rev != nil {
			d := &DesignSummary{Sections: len(rev.Sections), Mentioned: rev.Mentioned, Total: rev.Total, MaxGrade: session.MaxGrade * rev.Total}
			for _, sec := range rev.Sections {
				if sec.Present && !sec.Empty {
					d.SectionsWritten++
				}
			}
			d.SelfGrade, d.Graded = gradeSum(r.Design.Grades, rev)
			rj.Design = d
		}
		if rev := res.Behavioral; rev != nil {
			rj.Behavioral = &BehavioralSummary{Complete: rev.Complete, Total: rev.Total}
		}
	}
	return rj
}

// StageJSON is where the user should be in the structured approach.
type StageJSON struct {
	Problem      string `json:"problem"`
	ProblemIndex int    `json:"problem_index"` // from 1
	Name         string `json:"name"`
	Prompt       string `json:"prompt"`
	// StartSeconds and EndSeconds are from the session's start.
	StartSeconds     int `json:"start_seconds"`
	EndSeconds       int `json:"end_seconds"`
	RemainingSeconds int `json:"remaining_seconds"`
}

// StatusProblem is one problem of the session and its file.
type StatusProblem struct {
	Slug       string     `json:"slug"`
	Title      string     `json:"title"`
	Difficulty string     `json:"difficulty"`
	File       string     `json:"file"`
	Exists     bool       `json:"exists"`
	Edited     bool       `json:"edited"`
	Modified   *time.Time `json:"modified,omitempty"`
	Verdict    string     `json:"verdict,omitempty"`
}

// SessionStatus describes s at now.
func SessionStatus(s *session.Session, now time.Time) *StatusJSON {
	st := &StatusJSON{Phase: s.PhaseAt(now), Problems: []StatusProblem{}}
	if s == nil {
		return st
	}
	st.Session, st.Format, st.Level, st.Dir = s.ID, s.Format, s.Level, s.Dir
	st.Kind, st.Round = s.KindOf(), s.Index()+1
	st.Notes, st.Design, st.Questions = s.Notes, s.Design, s.Questions
	for i, r := range s.Rounds() {
		st.Rounds = append(st.Rounds, roundJSON(s, i, r, now))
	}
	st.Started, st.Deadline = &s.Started, &s.Deadline
	st.Minutes = s.Duration().Minutes()
	end := now
	if s.Result != nil && s.Result.Submitted.Before(now) {
		end = s.Result.Submitted
	}
	if st.Phase == session.Notepad {
		st.RemainingSeconds = session.Seconds(s.Remaining(now))
	}
	st.ElapsedSeconds = int(min(max(end.Sub(s.Started), 0), s.Duration()) / time.Second)
	if sl, ok := s.SlotAt(now); ok && st.Phase == session.Notepad {
		st.Stage = &StageJSON{
			Problem: sl.Slug, ProblemIndex: sl.Problem + 1, Name: sl.Name(), Prompt: sl.Prompt(),
			StartSeconds:     int(sl.Start.Sub(s.Started) / time.Second),
			EndSeconds:       session.Seconds(sl.End.Sub(s.Started)),
			RemainingSeconds: session.Seconds(sl.End.Sub(now)),
		}
	}
	var files []session.FileState
	if s.KindOf() == session.KindCoding {
		files = s.Stat()
	}
	for i, p := range s.Problems {
		sp := StatusProblem{Slug: p.Slug, Title: p.Title, Difficulty: p.Difficulty, File: p.File, Exists: !files[i].Missing}
		if sp.Exists {
			m := files[i].Modified
			sp.Modified = &m
			sp.Edited = m.After(s.Started)
		}
		if s.Result != nil {
			sp.Verdict = s.Result.Reports[i].Verdict.String()
		}
		st.Problems = append(st.Problems, sp)
	}
	if r := s.Result; r != nil {
		over, passed := r.Overtime, r.Passed()
		st.Overtime, st.Passed = &over, &passed
	}
	return st
}

// Status writes the session's status.
func Status(w io.Writer, env *Env, asJSON bool) error {
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	observeEdits(env, s)
	now := env.Now()
	st := SessionStatus(s, now)
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(st)
	}
	if s == nil {
		fmt.Fprintln(w, "No session. `judge start SLUG` or `judge mock` begins one.")
		return nil
	}
	title := "Session"
	if f, err := session.FindFormat(s.Format); err == nil {
		title = "Mock " + f.Title
	}
	if s.IsLoop() && st.Phase == session.Judged && len(s.Next) == 0 {
		renderLoopReport(w, s)
		return nil
	}
	fmt.Fprintf(w, "%s %s · started %s · %s clock\n", heading.Sprint(title), s.ID, s.Started.Local().Format("15:04:05"), session.Clock(s.Duration()))
	if s.IsLoop() {
		fmt.Fprintf(w, "%s\n", heading.Sprint(roundTitle(s)))
		for i, r := range s.Rounds() {
			mark := faint.Sprint("·")
			switch {
			case r.Result != nil && r.Result.Passed():
				mark = good.Sprint("✓")
			case r.Result != nil:
				mark = bad.Sprint("✗")
			case i == s.Index():
				mark = "→"
			}
			fmt.Fprintf(w, "  %s %d %-10s %5s  %s\n", mark, i+1, r.KindOf(), session.Clock(r.Duration()), roundSummary(r))
		}
	}
	switch st.Phase {
	case session.Notepad:
		fmt.Fprintf(w, "Notepad phase: %s left (until %s). Nothing executes until you submit.\n", good.Sprint(session.Clock(s.Remaining(now))), s.Deadline.Local().Format("15:04:05"))
		if sl, ok := s.SlotAt(now); ok {
			fmt.Fprintf(w, "Now: %s\n", s.Describe(sl))
		}
	case session.TimeUp:
		fmt.Fprintf(w, "%s %s ago. `judge submit` judges your files; an edit from now on counts as overtime.", bad.Sprint("Time is up:"), session.Elapsed(now.Sub(s.Deadline)))
		if s.KindOf() == session.KindCoding {
			fmt.Fprint(w, " `judge run` runs the samples.")
		}
		fmt.Fprintln(w)
	case session.Judged:
		verdict := good.Sprint("passed")
		if !s.Result.Passed() {
			verdict = bad.Sprint("not passed")
		}
		if s.KindOf() != session.KindCoding {
			verdict = map[bool]string{true: good.Sprint("done"), false: bad.Sprint("not done")}[s.Result.Passed()]
		}
		fmt.Fprintf(w, "Judged at %s: %s", s.Result.Submitted.Local().Format("15:04:05"), verdict)
		if s.Result.Overtime {
			fmt.Fprintf(w, " (overtime by %s)", session.Clock(time.Duration(s.Result.OvertimeSeconds)*time.Second))
		}
		fmt.Fprint(w, ". `judge submit` shows the result")
		if s.KindOf() == session.KindCoding {
			fmt.Fprint(w, "; `judge run` runs the samples")
		}
		fmt.Fprintln(w, ".")
		if len(s.Next) > 0 {
			fmt.Fprintf(w, "Next: round %d of %d, %s (%s): `judge submit --next` starts it.\n", s.Index()+2, s.Total(), s.Next[0].KindOf().Title(), session.Clock(s.Next[0].Duration()))
		}
	}
	if s.KindOf() != session.KindCoding {
		state := "not edited yet"
		files := s.Stat()
		switch {
		case files[0].Missing:
			state = "missing"
		case files[0].Modified.After(s.Started):
			state = "edited " + session.Elapsed(files[0].Modified.Sub(s.Started)) + " into the round"
		}
		fmt.Fprintf(w, "Notepad: %s  %s\n", rel(s.Notes), faint.Sprint(state))
		if s.Design != nil && len(s.Design.Asked) > 0 {
			fmt.Fprintf(w, "%s\n", faint.Sprintf("Clarifying questions asked: %d (`judge facts` lists the answers you got)", len(s.Design.Asked)))
		}
		return nil
	}
	fmt.Fprintln(w, "Files:")
	for _, p := range st.Problems {
		state := "not edited yet"
		switch {
		case !p.Exists:
			state = "missing"
		case p.Edited:
			state = "edited " + session.Elapsed(p.Modified.Sub(s.Started)) + " into the round"
		}
		if p.Verdict != "" {
			state += " · " + p.Verdict
		}
		fmt.Fprintf(w, "  %s  %s  %s\n", rel(p.File), difficultyColor(p.Difficulty), faint.Sprint(state))
	}
	return nil
}

// Watch shows the countdown and stage prompts until the deadline or ctx's
// end; on a terminal it redraws one line each second.
func Watch(ctx context.Context, w io.Writer, env *Env, tty bool) error {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	wt := &session.Watch{Load: env.Store.Load, Now: env.Now, Ticks: tick.C, Redraw: tty}
	return wt.Run(ctx, w)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
