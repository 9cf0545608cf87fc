package command

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/home"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var startCommand = &cli.Command{
	Name:      "start",
	Usage:     "start a timed session: coding problems, an ML design prompt or behavioral questions, on the clock",
	UsageText: "judge start [--minutes N] [--dir DIR] [--force] [--abandon] SLUG [SLUG...]\n   judge start --next [--minutes N] [--dir DIR] [--force] [--abandon]\n   judge start --design [SLUG] [--minutes N] [--dir DIR]\n   judge start --behavioral [--questions N] [ID...] [--minutes N] [--dir DIR]",
	Description: `Writes each problem's stub to DIR/SLUG/solution.go, shows the statements and
starts the clock: 17 minutes per problem unless --minutes says otherwise.
Until you submit or time is up, nothing you write can be executed through
judge, as in the real interview. Then ` + "`judge submit`" + ` judges every problem.
--next starts the first problem ` + "`judge next`" + ` offers: one due for review, or
the active plan's next.

--design starts an ML system design round on the prompt SLUG (without one,
a prompt you have not practised lately): 45 minutes, a notepad
DIR/SLUG/design.md with a heading per stage of the structured approach
(clarify requirements, frame as an ML task, data and labels, features,
model and loss, offline and online evaluation, serving and monitoring),
each with its share of the clock. ` + "`judge facts WORD`" + ` answers clarifying
questions; ` + "`judge submit`" + ` reviews the notes against the prompt's rubric;
` + "`judge grade`" + ` takes your own grade of each rubric item.

--behavioral starts a behavioral round: the questions ID (without them,
--questions N of them, 3 by default, from the categories with the fewest
stories in ` + "`judge stories`" + `), 5 minutes each, in a STAR notepad
DIR/behavioral/answers-DATE-TIME.md, named by the time of the start. ` + "`judge list --kind ml-design`" + ` and ` + "`--kind behavioral`" + `
list the prompts and questions.

Start also warms the build cache in a detached background process (the
problems' time limits, the driver, and the standard packages a solution may
use without importing them), so the first submit is fast; JUDGE_NO_WARM=1
skips it and ` + "`judge doctor`" + ` shows what is warm. It also leaves a watcher that
records each save of the files in the round's edit log until the round ends
(` + "`judge replay`" + `); JUDGE_NO_WATCH=1 skips it. JUDGE_NOW=2030-01-02T15:04:05Z
sets the clock of any session command to that time (it runs on from there):
a testing and demo aid.`,
	Flags: append([]cli.Flag{
		&cli.Float64Flag{Name: "minutes", Aliases: []string{"m"}, Usage: "the clock in `N` minutes, fractions allowed", DefaultText: "17 per problem; 45 for design; 5 per question"},
		&cli.BoolFlag{Name: "next", Usage: "start the first problem `judge next` offers"},
		&cli.BoolFlag{Name: "design", Usage: "an ML system design round on the prompt SLUG"},
		&cli.BoolFlag{Name: "behavioral", Usage: "a behavioral round on the questions ID..."},
		&cli.IntFlag{Name: "questions", Usage: "with --behavioral and no ID, deal `N` questions", Value: 3},
	}, sessionFlags()...),
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		o := StartOptions{Slugs: c.Args().Slice(), Next: c.Bool("next"), Minutes: optionalFloat(c, "minutes"), Dir: c.String("dir"), Force: c.Bool("force"), Abandon: c.Bool("abandon")}
		switch {
		case c.Bool("next") && (c.Bool("design") || c.Bool("behavioral")):
			return usageError("--next starts a coding problem: drop it, or --design and --behavioral")
		case c.Bool("design") && c.Bool("behavioral"):
			return usageError("--design and --behavioral start different rounds: choose one")
		case c.Bool("design"):
			return StartDesign(c.App.Writer, env, o)
		case c.Bool("behavioral"):
			return StartBehavioral(c.App.Writer, env, o, c.Int("questions"))
		case c.IsSet("questions"):
			return usageError("--questions goes with --behavioral")
		}
		return Start(c.App.Writer, env, o)
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
	// WatchEdits starts recording a new round's edits in the background;
	// nil leaves it to the commands that see the files.
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

// backgroundExecutable is the judge binary, for the commands that start
// it detached (the warm-up, the edit watcher). A test binary is refused:
// started with the judge's arguments, it would run its tests again, each
// of which could start it again.
func backgroundExecutable() (string, error) {
	exe, err := os.Executable()
	if err == nil && strings.HasSuffix(exe, ".test") {
		err = errors.New("a test binary is not the judge")
	}
	return exe, err
}

// warmInBackground starts `judge warm` for the session's problems, detached:
// it calibrates them and builds their stubs so that the first submit finds
// a warm cache. It never delays or fails the start.
func warmInBackground(st *session.Store, s *session.Session) {
	exe, err := backgroundExecutable()
	if err != nil {
		return
	}
	var args []string
	for _, d := range s.ProblemDirs {
		args = append(args, "--problems", d)
	}
	var slugs []string
	for _, r := range s.Rounds() {
		slugs = append(slugs, r.Slugs()...)
	}
	if len(slugs) == 0 {
		return
	}
	args = append(append(args, "warm"), slugs...)
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
	s, err := begin(w, env, deal{rounds: []dealt{{kind: session.KindCoding, duration: d, problems: ps}}, dir: o.Dir, force: o.Force, abandon: o.Abandon})
	if err != nil {
		return err
	}
	showStart(w, s, ps)
	return nil
}

// clock is the --minutes of o, or def.
func (o StartOptions) clock(def time.Duration) (time.Duration, error) {
	if o.Minutes == nil {
		return def, nil
	}
	d, err := session.Minutes(*o.Minutes)
	if err != nil {
		return 0, usageError("%v", err)
	}
	return d, nil
}

// StartDesign begins an ML design round on the prompt o names, or on one
// not practised lately.
func StartDesign(w io.Writer, env *Env, o StartOptions) error {
	if len(o.Slugs) > 1 {
		return usageError("a design round has one prompt: judge start --design SLUG")
	}
	rb, err := loadRoundBank()
	if err != nil {
		return err
	}
	var p *design.Prompt
	if len(o.Slugs) == 1 {
		if p, err = rb.prompt(o.Slugs[0]); err != nil {
			return err
		}
	} else {
		history, err := env.Store.History()
		if err != nil {
			return err
		}
		if p, err = session.ChoosePrompt(rb.prompts, history, env.Now().UnixNano(), env.Now()); err != nil {
			return usageError("%v", err)
		}
	}
	d, err := o.clock(design.Minutes * time.Minute)
	if err != nil {
		return err
	}
	dl := dealt{kind: session.KindDesign, duration: d, prompt: p}
	s, err := begin(w, env, deal{rounds: []dealt{dl}, dir: o.Dir, force: o.Force, abandon: o.Abandon})
	if err != nil {
		return err
	}
	showRoundStart(w, s, dl)
	return nil
}

// StartBehavioral begins a behavioral round on the questions o names, or
// on n dealt for the categories with the fewest stories.
func StartBehavioral(w io.Writer, env *Env, o StartOptions, n int) error {
	rb, err := loadRoundBank()
	if err != nil {
		return err
	}
	var qs []*behavioral.Question
	for i, id := range o.Slugs {
		if slices.Contains(o.Slugs[:i], id) {
			return usageError("%s is named twice", id)
		}
		q, err := rb.question(id)
		if err != nil {
			return err
		}
		qs = append(qs, q)
	}
	if len(qs) == 0 {
		if n < 1 || n > len(rb.questions) {
			return usageError("--questions must be from 1 to %d", len(rb.questions))
		}
		history, err := env.Store.History()
		if err != nil {
			return err
		}
		stories, err := loadStories(env)
		if err != nil {
			return err
		}
		qs = behavioral.Deal(rb.questions, stories.Counts(), session.Asked(history), n, env.Now().UnixNano())
	}
	d, err := o.clock(time.Duration(len(qs)*behavioral.MinutesPerQuestion) * time.Minute)
	if err != nil {
		return err
	}
	dl := dealt{kind: session.KindBehavioral, duration: d, questions: qs}
	s, err := begin(w, env, deal{rounds: []dealt{dl}, dir: o.Dir, force: o.Force, abandon: o.Abandon})
	if err != nil {
		return err
	}
	showRoundStart(w, s, dl)
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

// runningError refuses to start while s runs: a round on the clock, one
// waiting to be judged, or a loop between two rounds.
func runningError(s *session.Session, now time.Time) error {
	switch s.PhaseAt(now) {
	case session.TimeUp:
		return usageError("the session of %s ended %s ago but is not judged: `judge submit` judges it, or start with --abandon to drop it (recorded as abandoned once a file was edited)", s.Label(), session.Elapsed(now.Sub(s.Deadline)))
	case session.Judged:
		return usageError("the loop is between rounds: round %d of %d (%s) has not started. `judge submit --next` starts it, or start with --abandon to drop the rest of the loop", s.Index()+2, s.Total(), s.Next[0].KindOf().Title())
	}
	return usageError("a session is running: %s, %s left (until %s). Finish it with `judge submit`, or start with --abandon to drop it (recorded as abandoned once a file was edited)",
		strings.ReplaceAll(s.Label(), ", ", " "), session.Clock(s.Remaining(now)), s.Deadline.Local().Format("15:04:05"))
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
	switch s.KindOf() {
	case session.KindDesign:
		fmt.Fprintf(w, "  %s  %s\n", rel(s.Notes), faint.Sprint("the notepad: a heading per stage of the structured approach"))
		return
	case session.KindBehavioral:
		fmt.Fprintf(w, "  %s  %s\n", rel(s.Notes), faint.Sprint("the notepad: a STAR answer per question"))
		return
	}
	width := 0
	for _, p := range s.Problems {
		width = max(width, len(rel(p.File)))
	}
	for _, p := range s.Problems {
		fmt.Fprintf(w, "  %-*s  %s  %s\n", width, rel(p.File), difficultyColor(p.Difficulty), p.Title)
	}
}

// showPlan writes the structured approach on the round's clock: a line per
// problem of a coding round, one line for the others.
func showPlan(w io.Writer, s *session.Session) {
	plan := s.Plan()
	if s.KindOf() != session.KindCoding {
		var parts []string
		for i, sl := range plan {
			name := sl.Name()
			if s.KindOf() == session.KindBehavioral {
				name = fmt.Sprintf("Q%d", i+1)
			}
			parts = append(parts, fmt.Sprintf("%s %s", name, session.Elapsed(sl.Start.Sub(s.Started))))
		}
		fmt.Fprintf(w, "%s: %s · done by %s\n", faint.Sprint("Plan"), strings.Join(parts, " · "), session.Elapsed(s.Duration()))
		return
	}
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
