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
countdown and each stage's prompt until the deadline or Ctrl-C.`,
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
	Phase            session.Phase   `json:"phase"`
	Session          string          `json:"session,omitempty"`
	Format           string          `json:"format,omitempty"`
	Started          *time.Time      `json:"started,omitempty"`
	Deadline         *time.Time      `json:"deadline,omitempty"`
	Minutes          float64         `json:"minutes,omitempty"`
	RemainingSeconds int             `json:"remaining_seconds"`
	ElapsedSeconds   int             `json:"elapsed_seconds"`
	Stage            *StageJSON      `json:"stage,omitempty"`
	Dir              string          `json:"dir,omitempty"`
	Problems         []StatusProblem `json:"problems"`
	// Overtime and Passed are set once the session is judged.
	Overtime *bool `json:"overtime,omitempty"`
	Passed   *bool `json:"passed,omitempty"`
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
	st.Session, st.Format, st.Dir = s.ID, s.Format, s.Dir
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
	files := s.Stat()
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
	fmt.Fprintf(w, "%s %s · started %s · %s clock\n", heading.Sprint(title), s.ID, s.Started.Local().Format("15:04:05"), session.Clock(s.Duration()))
	switch st.Phase {
	case session.Notepad:
		fmt.Fprintf(w, "Notepad phase: %s left (until %s). Nothing executes until you submit.\n", good.Sprint(session.Clock(s.Remaining(now))), s.Deadline.Local().Format("15:04:05"))
		if sl, ok := s.SlotAt(now); ok {
			fmt.Fprintf(w, "Now: %s\n", s.Describe(sl))
		}
	case session.TimeUp:
		fmt.Fprintf(w, "%s %s ago. `judge submit` judges your files; an edit from now on counts as overtime. `judge run` runs the samples.\n", bad.Sprint("Time is up:"), session.Elapsed(now.Sub(s.Deadline)))
	case session.Judged:
		verdict := good.Sprint("passed")
		if !s.Result.Passed() {
			verdict = bad.Sprint("not passed")
		}
		fmt.Fprintf(w, "Judged at %s: %s", s.Result.Submitted.Local().Format("15:04:05"), verdict)
		if s.Result.Overtime {
			fmt.Fprintf(w, " (overtime by %s)", session.Clock(time.Duration(s.Result.OvertimeSeconds)*time.Second))
		}
		fmt.Fprintln(w, ". `judge submit` shows the result; `judge run` runs the samples.")
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
