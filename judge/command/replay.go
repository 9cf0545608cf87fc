package command

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/editlog"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var replayCommand = &cli.Command{
	Name:      "replay",
	Usage:     "show how a round's time went: its edits against the stage plan, and the code at any moment",
	UsageText: "judge replay [--at TIME] [--json] [SESSION | N]",
	Description: `Every change to a round's files is kept in an edit log (the pad's saves, and
an editor's, seen by the watcher ` + "`judge start`" + ` leaves running). replay reads it
back: when the first example, the stated complexity, the first line of code
and the last edit came, against the stage plan ("Coding began at 1:10; the
plan says 8:00."), and the edits of each stage, in bursts (changes less than
30 s apart).

Without an argument, the current round, else the last one recorded; N is an
attempt's number in ` + "`judge history`" + `; SESSION a session id (or its start).
--at 12:30 prints each file as it was 12:30 into the round. ` + "`judge pad`" + `'s
/replay page plays the round back with a slider. --json gives the
snapshots (t_seconds, bytes…), each notepad's moments and each stage's
edits.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "at", Usage: "print the code as it was at `TIME` into the round (12:30, 1:02:03 or seconds)"},
		&cli.BoolFlag{Name: "json", Usage: "print the timeline as JSON"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.NArg() > 1 {
			return usageError("name at most one round: judge replay [SESSION | N]")
		}
		return Replay(c.App.Writer, env, c.Args().First(), c.String("at"), c.IsSet("at"), c.Bool("json"))
	},
}

// Replay writes the timeline of the round which names, or the code at
// moment at when hasAt.
func Replay(w io.Writer, env *Env, which, at string, hasAt, asJSON bool) error {
	var moment time.Duration
	if hasAt {
		d, err := parseMoment(at)
		if err != nil {
			return usageError("--at %s", err)
		}
		moment = d
	}
	id, outcome, err := replayTarget(env, which)
	if err != nil {
		return err
	}
	tl, err := editlog.Read(editLogPath(env, id))
	if errors.Is(err, editlog.ErrNoLog) {
		return usageError("the round %s has no edit log: it was begun by a judge that did not record edits", id)
	}
	if err != nil {
		return err
	}
	if asJSON {
		out := replayJSON(tl, outcome)
		if hasAt {
			out.At = atJSON(tl, moment)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if hasAt {
		showAt(w, tl, moment)
		return nil
	}
	showTimeline(w, tl, outcome)
	return nil
}

// parseMoment reads a time into the round: m:ss, h:mm:ss, seconds, or a
// Go duration (12m30s).
func parseMoment(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return d, nil
	}
	parts := strings.Split(s, ":")
	if len(parts) > 3 || s == "" {
		return 0, fmt.Errorf("%q is not a time into the round: write 12:30, 1:02:03 or 750", s)
	}
	var d time.Duration
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || (i > 0 && (n > 59 || len(p) != 2)) {
			return 0, fmt.Errorf("%q is not a time into the round: write 12:30, 1:02:03 or 750", s)
		}
		d = d*60 + time.Duration(n)
	}
	return d * time.Second, nil
}

// replayTarget is the session id which names, and what became of it.
func replayTarget(env *Env, which string) (id, outcome string, err error) {
	records, err := env.Store.History()
	if err != nil {
		return "", "", err
	}
	outcomeOf := func(id string) string {
		for _, r := range records {
			if r.Session == id {
				return describeRecord(r)
			}
		}
		return ""
	}
	if which == "" {
		s, err := env.Store.Load()
		if err != nil {
			return "", "", err
		}
		if s != nil {
			// The current round, with its log or not: an older round's
			// replay would pass for this one's.
			if s.Result != nil {
				return logID(s), outcomeOf(s.ID), nil
			}
			return logID(s), "running", nil
		}
		for i := len(records) - 1; i >= 0; i-- {
			if _, err := os.Stat(editLogPath(env, recordLogID(records[i]))); err == nil {
				return recordLogID(records[i]), describeRecord(records[i]), nil
			}
		}
		return "", "", usageError("no round to replay: rounds begun with `judge start` or `judge mock` are recorded from their start")
	}
	if n, err := strconv.Atoi(which); err == nil {
		entries := session.Entries(records)
		if n < 1 || n > len(entries) {
			return "", "", usageError("attempt %d: the history has %d attempts (1 is the newest; see `judge history`)", n, len(entries))
		}
		e := entries[n-1]
		if e.Outcome == session.OutcomePractice {
			return "", "", usageError("attempt %d was practice, judged outside a round: it has no replay", n)
		}
		return e.Session, outcomeOf(e.Session), nil
	}
	logs, _ := filepath.Glob(filepath.Join(filepath.Dir(editLogPath(env, "x")), "*.jsonl"))
	var found []string
	for _, l := range logs {
		if id := strings.TrimSuffix(filepath.Base(l), ".jsonl"); strings.HasPrefix(id, which) {
			found = append(found, id)
		}
	}
	switch len(found) {
	case 0:
		return "", "", usageError("no round %q has an edit log; `judge history` numbers the rounds (judge replay N)", which)
	case 1:
		out := outcomeOf(found[0])
		if s, err := env.Store.Load(); err == nil && s != nil && s.ID == found[0] && s.Result == nil {
			out = "running"
		}
		return found[0], out, nil
	}
	return "", "", usageError("%q names %d rounds (%s): give more of the id", which, len(found), strings.Join(found, ", "))
}

// describeRecord says what became of a recorded round.
func describeRecord(r session.Record) string {
	if r.Outcome == session.OutcomeAbandoned {
		return "abandoned"
	}
	var parts []string
	for _, a := range r.Attempts {
		parts = append(parts, a.Slug+" "+strings.ReplaceAll(a.Verdict, "_", " "))
	}
	clock := "on time"
	if r.Overtime {
		clock = "overtime"
	}
	return fmt.Sprintf("judged: %s, %s", strings.Join(parts, ", "), clock)
}

// showTimeline writes the round's timeline for a terminal.
func showTimeline(w io.Writer, tl *editlog.Timeline, outcome string) {
	h := tl.Header
	var names []string
	for _, n := range h.Notepads {
		names = append(names, n.Name)
	}
	fmt.Fprintf(w, "%s %s, a %s round begun %s (session %s)", heading.Sprint("Replay:"), strings.Join(names, ", "), session.Clock(tl.Duration()), h.Started.Local().Format("2006-01-02 15:04"), h.Session)
	if outcome != "" {
		fmt.Fprintf(w, "; %s", outcome)
	}
	fmt.Fprintln(w)
	for _, m := range tl.Notepads {
		fmt.Fprintf(w, "\n%s %s\n", heading.Sprint(m.Notepad.Key+":"), editCounts(tl, m))
		for _, line := range momentLines(tl, m) {
			fmt.Fprintln(w, "  "+line)
		}
	}
	fmt.Fprintf(w, "\n%s\n", heading.Sprint("Edits by stage (a burst: changes less than 30 s apart):"))
	multi := len(h.Notepads) > 1
	label := func(a editlog.Activity) string {
		if multi && a.Stage.Notepad != "" {
			for _, n := range h.Notepads {
				if n.Key == a.Stage.Notepad {
					return n.Name + " · " + a.Stage.Name
				}
			}
		}
		return a.Stage.Name
	}
	width := len("after the deadline")
	for _, a := range tl.Stages {
		width = max(width, len(label(a)))
	}
	fmt.Fprintln(w, faint.Sprintf("  %-*s  %-13s  %5s  %6s  %6s  %7s", width, "stage", "planned", "edits", "bursts", "lines+", "lines-"))
	row := func(a editlog.Activity, planned string) {
		line := fmt.Sprintf("  %-*s  %-13s  %5d  %6d  %6d  %7d", width, label(a), planned, a.Edits, a.Bursts, a.Added, a.Removed)
		if a.Edits == 0 {
			line = faint.Sprint(line)
		}
		fmt.Fprintln(w, line)
	}
	for _, a := range tl.Stages {
		row(a, session.Elapsed(a.Stage.Start())+"–"+session.Elapsed(a.Stage.End()))
	}
	if tl.Late.Edits > 0 {
		row(tl.Late, "from "+session.Elapsed(tl.Duration()))
	}
	if tl.Cut {
		fmt.Fprintf(w, "The log reached its bound (%d MB) at %s: later edits are not in it.\n", editlog.MaxBytes>>20, session.Elapsed(tl.CutAt))
	}
	if tl.Damaged > 0 {
		fmt.Fprintf(w, "%d damaged line(s) of the log were skipped.\n", tl.Damaged)
	}
	fmt.Fprintln(w, faint.Sprint("\n`judge replay --at 12:30` prints the code at a moment; `judge pad` plays the round back with a slider (/replay)."))
}

// editCounts says how many edits a notepad had, and from where.
func editCounts(tl *editlog.Timeline, m editlog.Moments) string {
	if m.Edits == 0 {
		return "never edited"
	}
	by := map[string]int{}
	base := true
	for _, s := range tl.Snapshots {
		if s.Notepad != m.Notepad.Key {
			continue
		}
		if base {
			base = false
			continue
		}
		by[s.By]++
	}
	var parts []string
	if n := by[editlog.ByPad]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d in the pad", n))
	}
	if n := by[editlog.ByEditor]; n > 0 {
		parts = append(parts, fmt.Sprintf("%d in an editor", n))
	}
	return fmt.Sprintf("%s (%s)", plural(m.Edits, "edit"), strings.Join(parts, ", "))
}

// momentLines put a notepad's moments against the plan, a sentence each.
func momentLines(tl *editlog.Timeline, m editlog.Moments) []string {
	stage := func(name string) (editlog.Stage, bool) {
		for _, s := range tl.Header.Plan {
			if s.Notepad == m.Notepad.Key && s.Name == name {
				return s, true
			}
		}
		return editlog.Stage{}, false
	}
	span := func(s editlog.Stage) string {
		return fmt.Sprintf("%s–%s (%s)", session.Elapsed(s.Start()), session.Elapsed(s.End()), s.Name)
	}
	var out []string
	add := func(what string, at *time.Duration, plan string) {
		if at == nil {
			return
		}
		line := fmt.Sprintf("%s at %s", what, session.Elapsed(*at))
		if plan != "" {
			line += "; the plan says " + plan
		}
		out = append(out, line+".")
	}
	if s, ok := stage("clarify"); ok {
		add("First example", m.FirstExample, span(s))
	}
	if s, ok := stage("plan"); ok {
		add("Complexity stated", m.FirstComplexity, span(s))
	}
	if s, ok := stage("code"); ok {
		add("Coding began", m.FirstCode, session.Elapsed(s.Start()))
	}
	if m.FirstExample == nil && m.FirstComplexity == nil && m.FirstCode == nil {
		add("First edit", m.FirstEdit, "")
	}
	var end time.Duration
	for _, s := range tl.Header.Plan {
		if s.Notepad == m.Notepad.Key {
			end = max(end, s.End())
		}
	}
	if end > 0 {
		add("Last edit", m.LastEdit, "done by "+session.Elapsed(end))
	} else {
		add("Last edit", m.LastEdit, "")
	}
	if path := m.Notepad.Key; strings.HasSuffix(path, ".go") {
		if m.FirstExample == nil {
			out = append(out, "No example written.")
		}
		if m.FirstComplexity == nil {
			out = append(out, "No complexity stated.")
		}
	}
	return out
}

// showAt writes each notepad as it was at d.
func showAt(w io.Writer, tl *editlog.Timeline, d time.Duration) {
	for i, st := range tl.At(d) {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if !st.Known {
			fmt.Fprintf(w, "%s not in the log\n", heading.Sprint(st.Notepad.Key))
			continue
		}
		how := "as the round began"
		if st.By != editlog.ByStart {
			how = fmt.Sprintf("as saved at %s, %s", session.Elapsed(st.At), byWhom(st.By))
		}
		fmt.Fprintf(w, "%s %s\n", heading.Sprintf("%s at %s", st.Notepad.Key, session.Elapsed(d)), faint.Sprintf("(%s)", how))
		fmt.Fprint(w, st.Text)
		if !strings.HasSuffix(st.Text, "\n") {
			fmt.Fprintln(w)
		}
	}
}

func byWhom(by string) string {
	switch by {
	case editlog.ByPad:
		return "in the pad"
	case editlog.ByEditor:
		return "in an editor"
	}
	return by
}

// ReplayJSON is `judge replay --json`.
type ReplayJSON struct {
	Session         string    `json:"session"`
	Started         time.Time `json:"started"`
	Deadline        time.Time `json:"deadline"`
	DurationSeconds float64   `json:"duration_seconds"`
	// Outcome is running, abandoned, or judged with the verdicts.
	Outcome   string           `json:"outcome,omitempty"`
	Notepads  []ReplayNotepad  `json:"notepads"`
	Stages    []ReplayStage    `json:"stages"`
	Snapshots []ReplaySnapshot `json:"snapshots"`
	// CutSeconds is when the log reached its bound; null when it did not.
	CutSeconds   *float64  `json:"cut_seconds"`
	DamagedLines int       `json:"damaged_lines"`
	At           *ReplayAt `json:"at,omitempty"`
}

// ReplayNotepad is one notepad's moments, in seconds from the start; null
// when they did not happen.
type ReplayNotepad struct {
	File                   string   `json:"file"`
	Name                   string   `json:"name"`
	Edits                  int      `json:"edits"`
	FirstEditSeconds       *float64 `json:"first_edit_seconds"`
	FirstExampleSeconds    *float64 `json:"first_example_seconds"`
	FirstComplexitySeconds *float64 `json:"first_complexity_seconds"`
	FirstCodeSeconds       *float64 `json:"first_code_seconds"`
	LastEditSeconds        *float64 `json:"last_edit_seconds"`
}

// ReplayStage is one stage of the plan and its edits; the last, "after
// the deadline", has no notepad and no end.
type ReplayStage struct {
	File         string   `json:"file,omitempty"`
	Name         string   `json:"name"`
	StartSeconds float64  `json:"start_seconds"`
	EndSeconds   *float64 `json:"end_seconds"`
	Edits        int      `json:"edits"`
	Bursts       int      `json:"bursts"`
	LinesAdded   int      `json:"lines_added"`
	LinesRemoved int      `json:"lines_removed"`
}

// ReplaySnapshot is one recorded state of a notepad; the first of each is
// its baseline (by "start").
type ReplaySnapshot struct {
	TSeconds     float64 `json:"t_seconds"`
	File         string  `json:"file"`
	By           string  `json:"by"`
	Bytes        int     `json:"bytes"`
	Lines        int     `json:"lines"`
	LinesAdded   int     `json:"lines_added"`
	LinesRemoved int     `json:"lines_removed"`
}

// ReplayAt is every notepad at a moment.
type ReplayAt struct {
	TSeconds float64        `json:"t_seconds"`
	Files    []ReplayAtFile `json:"files"`
}

// ReplayAtFile is one notepad as it was: saved at SavedSeconds by By.
type ReplayAtFile struct {
	File         string  `json:"file"`
	Name         string  `json:"name"`
	SavedSeconds float64 `json:"saved_seconds"`
	By           string  `json:"by"`
	Code         string  `json:"code"`
}

func seconds(d time.Duration) float64 { return float64(d.Milliseconds()) / 1000 }

func secondsOf(d *time.Duration) *float64 {
	if d == nil {
		return nil
	}
	s := seconds(*d)
	return &s
}

func replayJSON(tl *editlog.Timeline, outcome string) *ReplayJSON {
	h := tl.Header
	out := &ReplayJSON{
		Session: h.Session, Started: h.Started, Deadline: h.Deadline, DurationSeconds: seconds(tl.Duration()),
		Outcome: outcome, Notepads: []ReplayNotepad{}, Stages: []ReplayStage{}, Snapshots: []ReplaySnapshot{},
		DamagedLines: tl.Damaged,
	}
	for _, m := range tl.Notepads {
		out.Notepads = append(out.Notepads, ReplayNotepad{
			File: m.Notepad.Key, Name: m.Notepad.Name, Edits: m.Edits,
			FirstEditSeconds: secondsOf(m.FirstEdit), FirstExampleSeconds: secondsOf(m.FirstExample),
			FirstComplexitySeconds: secondsOf(m.FirstComplexity), FirstCodeSeconds: secondsOf(m.FirstCode),
			LastEditSeconds: secondsOf(m.LastEdit),
		})
	}
	for _, a := range tl.Stages {
		end := seconds(a.Stage.End())
		out.Stages = append(out.Stages, ReplayStage{File: a.Stage.Notepad, Name: a.Stage.Name, StartSeconds: seconds(a.Stage.Start()), EndSeconds: &end,
			Edits: a.Edits, Bursts: a.Bursts, LinesAdded: a.Added, LinesRemoved: a.Removed})
	}
	l := tl.Late
	out.Stages = append(out.Stages, ReplayStage{Name: l.Stage.Name, StartSeconds: seconds(tl.Duration()), Edits: l.Edits, Bursts: l.Bursts, LinesAdded: l.Added, LinesRemoved: l.Removed})
	for _, s := range tl.Snapshots {
		out.Snapshots = append(out.Snapshots, ReplaySnapshot{TSeconds: seconds(s.At), File: s.Notepad, By: s.By, Bytes: s.Bytes, Lines: s.Lines, LinesAdded: s.Added, LinesRemoved: s.Removed})
	}
	if tl.Cut {
		c := seconds(tl.CutAt)
		out.CutSeconds = &c
	}
	return out
}

func atJSON(tl *editlog.Timeline, d time.Duration) *ReplayAt {
	at := &ReplayAt{TSeconds: seconds(d), Files: []ReplayAtFile{}}
	for _, st := range tl.At(d) {
		at.Files = append(at.Files, ReplayAtFile{File: st.Notepad.Key, Name: st.Notepad.Name, SavedSeconds: seconds(st.At), By: st.By, Code: st.Text})
	}
	return at
}
