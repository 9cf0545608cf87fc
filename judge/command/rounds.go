package command

import (
	"errors"
	"fmt"
	"github.com/judgehq/judge/judge/editlog"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/home"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/review"
	"github.com/judgehq/judge/judge/session"
	"github.com/judgehq/judge/rounds"
)

// roundBank is the embedded bank of the rounds without code.
type roundBank struct {
	prompts   []*design.Prompt
	questions []*behavioral.Question
}

// loadRoundBank loads the design prompts and behavioral questions.
func loadRoundBank() (*roundBank, error) {
	ps, err := rounds.Design()
	if err != nil {
		return nil, fmt.Errorf("the embedded design prompts: %w", err)
	}
	qs, err := rounds.Questions()
	if err != nil {
		return nil, fmt.Errorf("the embedded behavioral questions: %w", err)
	}
	return &roundBank{prompts: ps, questions: qs}, nil
}

// prompt returns the design prompt with slug, or an error naming the
// nearest.
func (b *roundBank) prompt(slug string) (*design.Prompt, error) {
	var slugs []string
	for _, p := range b.prompts {
		if p.Slug == slug {
			return p, nil
		}
		slugs = append(slugs, p.Slug)
	}
	msg := fmt.Sprintf("no ML design prompt %q", slug)
	if near := problem.Nearest(slug, slugs, 3); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, ", ") + "?"
	} else {
		msg += "; `judge list --kind ml-design` shows them all"
	}
	return nil, usageError("%s", msg)
}

// question returns the behavioral question with id, or an error naming
// the nearest.
func (b *roundBank) question(id string) (*behavioral.Question, error) {
	var ids []string
	for _, q := range b.questions {
		if q.ID == id {
			return q, nil
		}
		ids = append(ids, q.ID)
	}
	msg := fmt.Sprintf("no behavioral question %q", id)
	if near := problem.Nearest(id, ids, 3); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, ", ") + "?"
	} else {
		msg += "; `judge list --kind behavioral` shows them all"
	}
	return nil, usageError("%s", msg)
}

// dealt is one round to run and its content.
type dealt struct {
	kind      session.Kind
	duration  time.Duration
	problems  []*problem.Problem
	prompt    *design.Prompt
	questions []*behavioral.Question
}

// deal is a session to begin: its rounds and where their files go.
type deal struct {
	rounds  []dealt
	dir     string
	force   bool
	abandon bool
	format  string
	level   string
	seed    int64
}

// designNotes is the file name of a design round's notepad.
const designNotes = "design.md"

// sessionRound is d as a round of a session dealt at now whose files go
// under dir. A behavioral notepad is named by the time of the deal: each
// round asks other questions, and the answers of each are kept.
func (d dealt) sessionRound(dir string, now time.Time, taken map[string]bool) session.Round {
	r := session.Round{Kind: d.kind, PlannedSeconds: session.Seconds(d.duration)}
	switch d.kind {
	case session.KindDesign:
		r.Design = &session.DesignPrompt{Slug: d.prompt.Slug, Title: d.prompt.Title}
		r.Notes = filepath.Join(dir, d.prompt.Slug, designNotes)
	case session.KindBehavioral:
		for _, q := range d.questions {
			r.Questions = append(r.Questions, session.Question{ID: q.ID, Category: q.Category, Text: q.Text})
		}
		stamp := now.Local().Format("20060102-150405")
		r.Notes = filepath.Join(dir, "behavioral", "answers-"+stamp+".md")
		for n := 2; taken[r.Notes]; n++ {
			r.Notes = filepath.Join(dir, "behavioral", fmt.Sprintf("answers-%s-%d.md", stamp, n))
		}
	default:
		for _, p := range d.problems {
			r.Problems = append(r.Problems, problemOf(p, filepath.Join(dir, p.Slug, "solution.go")))
		}
	}
	for _, f := range r.Files() {
		taken[f] = true
	}
	return r
}

// contents are the files a round starts with, by path: the stubs, or
// the notepad.
func (d dealt) contents(r *session.Round) map[string]string {
	out := map[string]string{}
	switch d.kind {
	case session.KindDesign:
		out[r.Notes] = design.Template(d.prompt, r.Duration())
	case session.KindBehavioral:
		out[r.Notes] = behavioral.Template(d.questions, r.Duration())
	default:
		for i, p := range d.problems {
			out[r.Problems[i].File] = review.Header(p) + p.Stub
		}
	}
	return out
}

// dealtOf is the content of round r of s, from the banks.
func dealtOf(env *Env, s *session.Session, r *session.Round) (dealt, error) {
	d := dealt{kind: r.KindOf(), duration: r.Duration()}
	switch d.kind {
	case session.KindCoding:
		b, err := env.Bank(s.ProblemDirs)
		if err != nil {
			return d, err
		}
		for _, sp := range r.Problems {
			p, err := b.Find(sp.Slug)
			if err != nil {
				return d, err
			}
			d.problems = append(d.problems, p)
		}
		return d, nil
	}
	rb, err := loadRoundBank()
	if err != nil {
		return d, err
	}
	if d.kind == session.KindDesign {
		d.prompt, err = rb.prompt(r.Design.Slug)
		return d, err
	}
	for _, q := range r.Questions {
		bq, err := rb.question(q.ID)
		if err != nil {
			return d, err
		}
		d.questions = append(d.questions, bq)
	}
	return d, nil
}

// begin checks that a session may start, writes its first round's files
// and records the session. The order makes a crash at any point harmless:
// nothing is written until every check passed; old files are renamed,
// never overwritten; the state is saved last, so the session exists only
// once its files do. Every round's files are checked now, so that a loop
// does not stop halfway on a file in the way.
func begin(w io.Writer, env *Env, d deal) (*session.Session, error) {
	unlock, err := env.Store.Lock()
	if err != nil {
		return nil, err
	}
	defer unlock()
	old, err := env.Store.Load()
	if err != nil {
		return nil, err
	}
	now := env.Now()
	ph := old.PhaseAt(now)
	running := ph == session.Notepad || ph == session.TimeUp || ph == session.Judged && len(old.Next) > 0
	if running && !d.abandon {
		return nil, runningError(old, now)
	}
	dir, err := filepath.Abs(d.dir)
	if err != nil {
		return nil, err
	}
	var rounds []session.Round
	seen := map[string]bool{}
	var taken []string
	for _, dr := range d.rounds {
		r := dr.sessionRound(dir, now, seen)
		rounds = append(rounds, r)
		for _, file := range r.Files() {
			if _, err := os.Lstat(file); err == nil {
				taken = append(taken, file)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return nil, usageError("%v", err)
			}
		}
	}
	if len(taken) > 0 && !d.force {
		return nil, usageError("%s already exists (an earlier attempt?): pass --force to keep it aside as .bak and start afresh, or --dir to work in another folder", strings.Join(relAll(taken), ", "))
	}

	if running {
		if err := dropRunning(w, env, old, now); err != nil {
			return nil, err
		}
	}
	s := session.NewLoop(rounds, now, dir)
	s.ProblemDirs = env.ProblemDirs
	s.Format, s.Level, s.Seed = d.format, d.level, d.seed
	if err := writeFiles(w, &s.Round, d.rounds[0]); err != nil {
		return nil, err
	}
	// The edit log begins with the files as written, before the session
	// exists.
	if err := editlog.Create(editLogPath(env, logID(s)), editHeader(s)); err != nil {
		return nil, fmt.Errorf("begin the edit log: %w", err)
	}
	if err := env.Store.Save(s); err != nil {
		return nil, err
	}
	if env.Warm != nil {
		env.Warm(s)
	}
	if env.WatchEdits != nil {
		env.WatchEdits(s)
	}
	return s, nil
}

// dropRunning ends the running session old: its current round is
// recorded as abandoned once a file of it was edited; rounds not started
// are dropped.
func dropRunning(w io.Writer, env *Env, old *session.Session, now time.Time) error {
	if old.Result != nil {
		fmt.Fprintf(w, "Dropped the rest of the loop: %d round%s not started.\n\n", len(old.Next), pluralS(len(old.Next)))
		return nil
	}
	// A round dropped without an edit (a mock re-dealt, a start changed)
	// was never attempted: recording it would count as a failed attempt.
	if rec := old.Record(now, old.Stat()); rec.Untouched() {
		os.Remove(editLogPath(env, logID(old)))
		fmt.Fprintf(w, "Dropped the session of %s: no file was edited, so it is not recorded as an attempt.\n\n", old.Label())
		return nil
	} else if err := env.Store.Append(rec); err != nil {
		return err
	}
	fmt.Fprintf(w, "Abandoned the session of %s: recorded in `judge history`.\n\n", old.Label())
	return nil
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// writeFiles writes round r's files from d, dated at the round's start on
// its clock (an edit is whatever comes later). A file in the way is kept
// aside as .bak.
func writeFiles(w io.Writer, r *session.Round, d dealt) error {
	contents := d.contents(r)
	for _, file := range r.Files() {
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		if _, err := os.Lstat(file); err == nil {
			aside, err := home.MoveAside(file, ".bak")
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "Kept your old %s as %s.\n", rel(file), filepath.Base(aside))
		}
		if err := os.WriteFile(file, []byte(contents[file]), 0o644); err != nil {
			return err
		}
		if err := os.Chtimes(file, r.Started, r.Started); err != nil {
			return err
		}
	}
	return nil
}

// advance starts the loop's next round at now: its files, its clock. The
// caller holds the store's lock.
func advance(w io.Writer, env *Env, s *session.Session) error {
	d, err := dealtOf(env, s, &s.Next[0])
	if err != nil {
		return err
	}
	if err := s.Advance(env.Now()); err != nil {
		return usageError("%v", err)
	}
	if err := writeFiles(w, &s.Round, d); err != nil {
		return err
	}
	if err := editlog.Create(editLogPath(env, logID(s)), editHeader(s)); err != nil {
		return fmt.Errorf("begin the edit log: %w", err)
	}
	if err := env.Store.Save(s); err != nil {
		return err
	}
	if env.WatchEdits != nil {
		env.WatchEdits(s)
	}
	showRoundStart(w, s, d)
	return nil
}

// roundTitle is "Round 2 of 5, ML design" in a loop, else the kind's
// title.
func roundTitle(s *session.Session) string {
	k := s.KindOf().Title()
	if !s.IsLoop() {
		return strings.ToUpper(k[:1]) + k[1:] + " round"
	}
	return fmt.Sprintf("Round %d of %d, %s", s.Index()+1, s.Total(), k)
}

// showRoundStart writes the start screen of the session's current round:
// its clock, its files, what it asks, the plan.
func showRoundStart(w io.Writer, s *session.Session, d dealt) {
	fmt.Fprintf(w, "%s %s on the clock, until %s.\n", heading.Sprint(roundTitle(s)+":"), session.Clock(s.Duration()), s.Deadline.Local().Format("15:04:05"))
	showFiles(w, s)
	switch d.kind {
	case session.KindDesign:
		showPrompt(w, d.prompt)
		fmt.Fprintln(w)
		showPlan(w, s)
		fmt.Fprintln(w, "\nAsk the interviewer as you would in the room: `judge facts WORD` (judge facts users, judge facts latency…).")
		fmt.Fprintln(w, "Write under each heading of the notepad; `judge status` shows the section you should be in, `judge submit` ends the round and reviews it.")
	case session.KindBehavioral:
		for i, q := range d.questions {
			c, _ := behavioral.FindCategory(q.Category)
			fmt.Fprintf(w, "\n%s %s\n  %s\n", heading.Sprintf("Q%d", i+1), faint.Sprint(c.Title), q.Text)
		}
		fmt.Fprintln(w)
		showPlan(w, s)
		fmt.Fprintln(w, "\nAnswer each as a STAR story under its headings: situation, task, action, result (with a number), what you learned.")
		fmt.Fprintln(w, "`judge submit` ends the round and reviews the answers.")
	default:
		for _, p := range d.problems {
			q := *p
			if s.Format != "" {
				// An interviewer does not name the topic: it would give
				// the approach away.
				q.Topics = nil
			}
			fmt.Fprintln(w)
			Show(w, &q)
		}
		fmt.Fprintln(w)
		showPlan(w, s)
		fmt.Fprintln(w, "\nThe notepad phase runs: nothing you write can be executed until you submit or time is up.")
		fmt.Fprintln(w, "Edit the file(s), then `judge submit`. `judge status` shows the time left and where you should be.")
	}
}

// showPrompt writes a design prompt as the interviewer says it.
func showPrompt(w io.Writer, p *design.Prompt) {
	fmt.Fprintf(w, "\n%s  %s\n", heading.Sprint(p.Title), faint.Sprint(strings.Join(p.Tags, ", ")))
	for _, line := range strings.Split(p.Text, "\n") {
		fmt.Fprintln(w, "  "+line)
	}
}
