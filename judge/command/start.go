package command

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/editlog"
	"github.com/judgehq/judge/judge/home"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/review"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var startCommand = &cli.Command{
	Name:      "start",
	Usage:     "start a timed session: write the stubs, show the statements, start the clock",
	UsageText: "judge start [--minutes N] [--dir DIR] [--force] [--abandon] SLUG [SLUG...]\n   judge start --next [--minutes N] [--dir DIR] [--force] [--abandon]",
	Description: `Writes each problem's stub to DIR/SLUG/solution.go, shows the statements and
starts the clock: 17 minutes per problem unless --minutes says otherwise.
Until you submit or time is up, nothing you write can be executed through
judge, as in the real interview. Then ` + "`judge submit`" + ` judges every problem.
--next starts the first problem ` + "`judge next`" + ` offers: one due for review, or
the active plan's next.

Start also warms the build cache in a detached background process (the
problems' time limits, the driver, and the standard packages a solution may
use without importing them), so the first submit is fast; JUDGE_NO_WARM=1
skips it and ` + "`judge doctor`" + ` shows what is warm. It also leaves a watcher that
records each save of the files in the round's edit log until the round ends
(` + "`judge replay`" + `); JUDGE_NO_WATCH=1 skips it. JUDGE_NOW=2030-01-02T15:04:05Z
sets the clock of any session command to that time (it runs on from there):
a testing and demo aid.`,
	Flags: append([]cli.Flag{
		&cli.Float64Flag{Name: "minutes", Aliases: []string{"m"}, Usage: "the clock in `N` minutes, fractions allowed", DefaultText: "17 per problem"},
		&cli.BoolFlag{Name: "next", Usage: "start the first problem `judge next` offers"},
	}, sessionFlags()...),
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		return Start(c.App.Writer, env, StartOptions{Slugs: c.Args().Slice(), Next: c.Bool("next"), Minutes: optionalFloat(c, "minutes"), Dir: c.String("dir"), Force: c.Bool("force"), Abandon: c.Bool("abandon")})
	},
}

// Env is what the session commands share: where state lives, the clock,
// the judge, the bank and the background warm-up.
type Env struct {
	Store *session.Store
	Now   func() time.Time
	Judge Runner
	// Bank loads the problem bank with the extra folders dirs.
	Bank func(dirs []string) (*Bank, error)
	// ProblemDirs are the extra problem folders of this invocation
	// (absolute); a new session records them.
	ProblemDirs []string
	// Warm starts warming the build cache for a new session in the
	// background; nil skips it.
	Warm func(s *session.Session)
	// WatchEdits starts recording a new session's edits in the
	// background; nil leaves it to the commands that see the files.
	WatchEdits func(s *session.Session)
}

// envOf builds the session commands' Env. JUDGE_NOW, read here once, fixes
// the clock's reading at the command's start: a testing and demo aid.
func envOf(c *cli.Context) (*Env, error) {
	now, err := session.ParseNow(os.Getenv("JUDGE_NOW"))
	if err != nil {
		return nil, usageError("%v", err)
	}
	dir, err := home.Dir()
	if err != nil {
		return nil, fmt.Errorf("find judge's home folder: %w; set JUDGE_HOME", err)
	}
	var extra []string
	for _, d := range c.StringSlice("problems") {
		abs, err := filepath.Abs(d)
		if err != nil {
			return nil, err
		}
		extra = append(extra, abs)
	}
	st := &session.Store{Dir: dir, Warn: c.App.ErrWriter}
	if st.Warn == nil {
		st.Warn = os.Stderr
	}
	env := &Env{
		Store:       st,
		Now:         now,
		Judge:       sandboxRunner{&judge.Judge{}},
		Bank:        func(dirs []string) (*Bank, error) { return LoadBank(append(append([]string(nil), dirs...), extra...)) },
		ProblemDirs: extra,
	}
	if os.Getenv("JUDGE_NO_WARM") == "" {
		env.Warm = func(s *session.Session) { warmInBackground(st, s) }
	}
	if os.Getenv("JUDGE_NO_WATCH") == "" {
		env.WatchEdits = func(s *session.Session) { watchEditsInBackground(st, s) }
	}
	return env, nil
}

// warmInBackground starts `judge warm` for the session's problems, detached:
// it calibrates them and builds their stubs so that the first submit finds
// a warm cache. It never delays or fails the start.
func warmInBackground(st *session.Store, s *session.Session) {
	exe, err := os.Executable()
	if err != nil {
		return
	}
	var args []string
	for _, d := range s.ProblemDirs {
		args = append(args, "--problems", d)
	}
	args = append(append(args, "warm"), s.Slugs()...)
	_ = session.Background(exe, args, filepath.Join(st.Dir, "warm.log"))
}

// StartOptions are the inputs of Start.
type StartOptions struct {
	Slugs []string
	// Next starts the first problem `judge next` offers instead of Slugs.
	Next bool
	// Minutes is the clock; nil means 17 minutes per problem.
	Minutes *float64
	Dir     string
	// Force keeps existing solution files aside and writes fresh stubs.
	Force bool
	// Abandon ends a running session, recorded as abandoned once a file
	// was edited.
	Abandon bool
}

// Start begins a session of the problems o names and shows them.
func Start(w io.Writer, env *Env, o StartOptions) error {
	if o.Next {
		if len(o.Slugs) > 0 {
			return usageError("--next picks the problem: name none, or drop --next to start %s", strings.Join(o.Slugs, " "))
		}
		list, plan, err := suggest(env, "", 1)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return usageError("nothing to practise: every problem is solved on time and none is due for review yet; `judge mock` deals a round")
		}
		fmt.Fprintf(w, "Next (plan %s): %s, %s.\n\n", plan, list[0].Slug, list[0].Reason)
		o.Slugs = []string{list[0].Slug}
	}
	if len(o.Slugs) == 0 {
		return usageError("name the problem(s): judge start SLUG [SLUG...], e.g. judge start two-sum; or judge start --next")
	}
	b, err := env.Bank(nil)
	if err != nil {
		return err
	}
	var ps []*problem.Problem
	for i, slug := range o.Slugs {
		for _, prev := range o.Slugs[:i] {
			if prev == slug {
				return usageError("%s is named twice", slug)
			}
		}
		p, err := b.Find(slug)
		if err != nil {
			return err
		}
		ps = append(ps, p)
	}
	d := session.DefaultDuration(len(ps))
	if o.Minutes != nil {
		if d, err = session.Minutes(*o.Minutes); err != nil {
			return usageError("%v", err)
		}
	}
	s, err := begin(w, env, round{problems: ps, duration: d, dir: o.Dir, force: o.Force, abandon: o.Abandon})
	if err != nil {
		return err
	}
	showStart(w, s, ps)
	return nil
}

// optionalFloat is the flag's value, nil when it is not set.
func optionalFloat(c *cli.Context, name string) *float64 {
	if !c.IsSet(name) {
		return nil
	}
	v := c.Float64(name)
	return &v
}

// round is a session to begin.
type round struct {
	problems   []*problem.Problem
	duration   time.Duration
	dir        string
	force      bool
	abandon    bool
	format     string
	seed       int64
	behavioral string
}

// begin checks that a session may start, writes the stubs and records the
// session. The order makes a crash at any point harmless: nothing is
// written until every check passed; old files are renamed, never
// overwritten; the state is saved last, so the session exists only once
// its files do.
func begin(w io.Writer, env *Env, r round) (*session.Session, error) {
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
	running := ph == session.Notepad || ph == session.TimeUp
	if running && !r.abandon {
		return nil, runningError(old, now)
	}
	dir, err := filepath.Abs(r.dir)
	if err != nil {
		return nil, err
	}
	var sps []session.Problem
	var taken []string
	for _, p := range r.problems {
		file := filepath.Join(dir, p.Slug, "solution.go")
		sps = append(sps, problemOf(p, file))
		if _, err := os.Lstat(file); err == nil {
			taken = append(taken, file)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, usageError("%v", err)
		}
	}
	if len(taken) > 0 && !r.force {
		return nil, usageError("%s already exists (an earlier attempt?): pass --force to keep it aside as .bak and start from the stub, or --dir to work in another folder", strings.Join(relAll(taken), ", "))
	}

	if running {
		// A session dropped without an edit (a mock re-dealt, a start
		// changed) was never attempted: recording it would count as a
		// failed attempt.
		if rec := old.Record(now, old.Stat()); rec.Untouched() {
			os.Remove(editLogPath(env, old.ID))
			fmt.Fprintf(w, "Dropped the session of %s: no file was edited, so it is not recorded as an attempt.\n\n", strings.Join(old.Slugs(), ", "))
		} else {
			if err := env.Store.Append(rec); err != nil {
				return nil, err
			}
			fmt.Fprintf(w, "Abandoned the session of %s: recorded in `judge history`.\n\n", strings.Join(old.Slugs(), ", "))
		}
	}
	s := session.New(sps, now, r.duration, dir)
	s.ProblemDirs = env.ProblemDirs
	s.Format, s.Seed, s.Behavioral = r.format, r.seed, r.behavioral
	for i, p := range r.problems {
		file := sps[i].File
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return nil, err
		}
		if _, err := os.Lstat(file); err == nil {
			aside, err := home.MoveAside(file, ".bak")
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(w, "Kept your old %s as %s.\n", rel(file), filepath.Base(aside))
		}
		if err := os.WriteFile(file, []byte(review.Header(p)+p.Stub), 0o644); err != nil {
			return nil, err
		}
		// The stub's time is the start, on the session's clock: an edit is
		// whatever comes later.
		if err := os.Chtimes(file, s.Started, s.Started); err != nil {
			return nil, err
		}
	}
	// The edit log begins with the stubs as written, before the session
	// exists.
	if err := editlog.Create(editLogPath(env, s.ID), editHeader(s)); err != nil {
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

// sessionFlags are the flags of every command that starts a session:
// where its files go and what happens to what is in the way. They are
// made anew for each command, since a flag keeps its parsed value.
func sessionFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "dir", Value: ".", Usage: "write the solution files under `DIR`"},
		&cli.BoolFlag{Name: "force", Usage: "keep existing solution files aside (renamed .bak) and write fresh stubs"},
		&cli.BoolFlag{Name: "abandon", Usage: "abandon the running session (recorded as abandoned once a file was edited)"},
	}
}

// runningError refuses to start while s runs.
func runningError(s *session.Session, now time.Time) error {
	slugs := strings.Join(s.Slugs(), " ")
	if s.PhaseAt(now) == session.TimeUp {
		return usageError("the session of %s ended %s ago but is not judged: `judge submit` judges it, or start with --abandon to drop it (recorded as abandoned once a file was edited)", slugs, session.Elapsed(now.Sub(s.Deadline)))
	}
	return usageError("a session is running: %s, %s left (until %s). Finish it with `judge submit`, or start with --abandon to drop it (recorded as abandoned once a file was edited)",
		slugs, session.Clock(s.Remaining(now)), s.Deadline.Local().Format("15:04:05"))
}

// rel shows path from the current folder when it is under it.
func rel(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	r, err := filepath.Rel(wd, path)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return path
	}
	return r
}

func relAll(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = rel(p)
	}
	return out
}

// showStart writes the start screen: files, statements, the clock and the
// plan.
func showStart(w io.Writer, s *session.Session, ps []*problem.Problem) {
	n := "1 problem"
	if len(ps) > 1 {
		n = fmt.Sprintf("%d problems", len(ps))
	}
	fmt.Fprintf(w, "%s %s, %s on the clock, until %s.\n", heading.Sprint("Session started:"), n, session.Clock(s.Duration()), s.Deadline.Local().Format("15:04:05"))
	showFiles(w, s)
	for _, p := range ps {
		fmt.Fprintln(w)
		Show(w, p)
	}
	fmt.Fprintln(w)
	showPlan(w, s)
	fmt.Fprintln(w, "\nThe notepad phase runs: nothing you write can be executed until you submit or time is up.")
	fmt.Fprintln(w, "Edit the file(s), then `judge submit`. `judge status` shows the time left and where you should be.")
}

func showFiles(w io.Writer, s *session.Session) {
	width := 0
	for _, p := range s.Problems {
		width = max(width, len(rel(p.File)))
	}
	for _, p := range s.Problems {
		fmt.Fprintf(w, "  %-*s  %s  %s\n", width, rel(p.File), difficultyColor(p.Difficulty), p.Title)
	}
}

// showPlan writes the structured approach on the session's clock, a line
// per problem.
func showPlan(w io.Writer, s *session.Session) {
	plan := s.Plan()
	for i, p := range s.Problems {
		var parts []string
		for _, sl := range plan {
			if sl.Problem == i {
				parts = append(parts, fmt.Sprintf("%s %s", sl.Name(), session.Elapsed(sl.Start.Sub(s.Started))))
			}
		}
		prefix := "Plan"
		if len(s.Problems) > 1 {
			prefix = "Plan for " + p.Slug
		}
		end := plan[len(plan)-1].End
		for _, sl := range plan {
			if sl.Problem == i {
				end = sl.End
			}
		}
		fmt.Fprintf(w, "%s: %s · done by %s\n", faint.Sprint(prefix), strings.Join(parts, " · "), session.Elapsed(end.Sub(s.Started)))
	}
}
