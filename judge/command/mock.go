package command

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/progress"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var mockCommand = &cli.Command{
	Name:      "mock",
	Usage:     "start a mock interview: the format's rounds, each on its own clock",
	UsageText: "judge mock [--format phone|phone-senior|onsite] [--level e4|e5|e6] [--seed N] [--plan NAME] [--dir DIR] [--pool DIR]",
	Description: `Formats, as the loop of a machine-learning engineer runs them:

   phone          E4/E5: one coding round, 35 min, one easy and one medium problem
   phone-senior   E6: a coding round of 25 min (one or two problems), then a
                  behavioral round of 15 min (three questions)
   onsite         two coding rounds of 35 min (two medium problems each), one
                  ML design round of 45 min (two at E6), one behavioral round
                  of 45 min (nine questions)

Rounds run one after another, each with its own clock and notepad:
` + "`judge submit`" + ` ends the current round, reviews it and asks to start the next
(` + "`judge submit --next`" + ` starts it without asking); ` + "`judge status`" + ` lists the rounds
and, at the end, shows the whole loop's report.

Problems come from different topics; those you solved in the last 30 days
are mostly left out, your weakest topics (from the history) come up more,
and problems due for review (see ` + "`judge next`" + `) far more; --plan NAME
draws only from that plan's problems (see ` + "`judge plan`" + `). Design prompts you practised lately are mostly left out; behavioral
questions come from the categories with the fewest stories in ` + "`judge stories`" + `.
The same --seed, history, stories and bank give the same pick.`,
	Flags: append([]cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "phone", Usage: "the interview's `FORMAT`: phone, phone-senior or onsite"},
		&cli.StringFlag{Name: "level", Aliases: []string{"l"}, Usage: "the `LEVEL` the loop is for: e4, e5 or e6", DefaultText: "e5; e6 for phone-senior"},
		&cli.Int64Flag{Name: "seed", Usage: "make the pick reproducible with seed `N`", DefaultText: "from the clock"},
		&cli.StringFlag{Name: "pool", Usage: "pick only among the problem packages in folder `DIR`"},
		&cli.StringFlag{Name: "plan", Usage: "pick only among the problems of plan `NAME` (learn, roadmap, company, design)"},
	}, sessionFlags()...),
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		o := MockOptions{Format: c.String("format"), Level: c.String("level"), Seed: c.Int64("seed"), SeedSet: c.IsSet("seed"), Dir: c.String("dir"), Pool: c.String("pool"), Plan: c.String("plan"), Force: c.Bool("force"), Abandon: c.Bool("abandon")}
		return Mock(c.App.Writer, env, o)
	},
}

// MockOptions are the inputs of Mock.
type MockOptions struct {
	Format  string
	Level   string
	Seed    int64
	SeedSet bool // else the seed comes from the clock
	Dir     string
	// Pool, when set, is the only folder the problems come from.
	Pool string
	// Plan, when set, names the plan the problems come from.
	Plan           string
	Force, Abandon bool
}

// Mock deals the format's rounds and starts the first.
func Mock(w io.Writer, env *Env, o MockOptions) error {
	f, err := session.FindFormat(o.Format)
	if err != nil {
		return usageError("%v", err)
	}
	level, err := f.Level(o.Level)
	if err != nil {
		return usageError("%v", err)
	}
	if !o.SeedSet {
		o.Seed = env.Now().UnixNano() % 1_000_000
	}
	var bank session.Bank
	if o.Pool != "" && o.Plan != "" {
		return usageError("--pool and --plan both say where the problems come from: give one")
	}
	if o.Pool != "" {
		pool, err := filepath.Abs(o.Pool)
		if err != nil {
			return err
		}
		if _, err := os.Stat(filepath.Join(pool, "problem.json")); err == nil {
			// One package: a pool of one.
			p, err := problem.Load(os.DirFS(filepath.Dir(pool)), filepath.Base(pool))
			if err != nil {
				return usageError("--pool %s: %v", o.Pool, err)
			}
			bank.Problems = []*problem.Problem{p}
		} else if bank.Problems, err = problem.LoadAll(os.DirFS(pool), "."); err != nil {
			return usageError("--pool %s: %v", o.Pool, err)
		}
		if len(bank.Problems) == 0 {
			return usageError("--pool %s holds no problem package", o.Pool)
		}
		env.ProblemDirs = append(env.ProblemDirs, pool)
	} else {
		b, err := env.Bank(nil)
		if err != nil {
			return err
		}
		bank.Problems = b.All()
		if o.Plan != "" {
			plans, err := resolvePlans(bank.Problems)
			if err != nil {
				return err
			}
			p, err := findPlan(plans, o.Plan)
			if err != nil {
				return err
			}
			bank.Problems = inPlanOrder(bank.Problems, p)
		}
	}
	loop := false
	for _, b := range f.Blocks(level) {
		loop = loop || b.Round == session.KindDesign || b.Round == session.KindBehavioral
	}
	if loop {
		rb, err := loadRoundBank()
		if err != nil {
			return err
		}
		stories, err := loadStories(env)
		if err != nil {
			return err
		}
		bank.Prompts, bank.Questions, bank.Stories = rb.prompts, rb.questions, stories.Counts()
	}
	history, err := env.Store.History()
	if err != nil {
		return err
	}
	bank.Favour = progress.Favour(progress.Attempts(history), env.Now())
	pick, err := session.PickLoop(f, level, bank, history, o.Seed, env.Now())
	if err != nil {
		if o.Plan != "" {
			return usageError("the %s plan cannot make this round: %v", o.Plan, err)
		}
		return usageError("%v", err)
	}
	d := deal{dir: o.Dir, force: o.Force, abandon: o.Abandon, format: f.Name, level: level, seed: o.Seed}
	for _, r := range pick.Rounds {
		d.rounds = append(d.rounds, dealt{kind: r.Kind, duration: minutes(r.Minutes), problems: r.Problems, prompt: r.Prompt, questions: r.Questions})
	}
	s, err := begin(w, env, d)
	if err != nil {
		return err
	}
	showMock(w, s, f, d.rounds[0])
	return nil
}

// showMock writes the mock's start screen: the whole interview as it runs,
// then the first round's start.
func showMock(w io.Writer, s *session.Session, f *session.Format, first dealt) {
	blocks := f.Blocks(s.Level)
	if s.IsLoop() {
		fmt.Fprintf(w, "%s (seed %d, level %s): %d rounds, each on its own clock, as the interview runs them:\n", heading.Sprint("Mock "+f.Title), s.Seed, s.Level, s.Total())
	} else {
		fmt.Fprintf(w, "%s (seed %d): %s coding, the round as the interview runs it:\n", heading.Sprint("Mock "+f.Title), s.Seed, session.Clock(s.Duration()))
	}
	// The clock starts with the first round; the blocks before it are
	// already behind. Later rounds start when the one before ends.
	at := s.Started
	for _, b := range blocks {
		if b.Round != "" {
			break
		}
		at = at.Add(-minutes(b.Minutes))
	}
	first1 := true
	for _, b := range blocks {
		mark := ""
		if b.Round != "" && first1 {
			mark, first1 = "  ← the clock runs now", false
		}
		fmt.Fprintf(w, "  %s  %-10s %2d min  %s%s\n", at.Local().Format("15:04"), b.Name, b.Minutes, b.What, good.Sprint(mark))
		at = at.Add(minutes(b.Minutes))
	}
	if s.IsLoop() {
		fmt.Fprintln(w, faint.Sprint("  `judge submit` ends a round, reviews it and asks to start the next; `judge submit --next` starts it without asking."))
	}
	fmt.Fprintln(w)
	if s.IsLoop() {
		showRoundStart(w, s, first)
		return
	}
	showFiles(w, s)
	for _, p := range first.problems {
		// An interviewer does not name the topic: it would give the
		// approach away.
		q := *p
		q.Topics = nil
		fmt.Fprintln(w)
		Show(w, &q)
	}
	fmt.Fprintln(w)
	showPlan(w, s)
	fmt.Fprintln(w, "\nThe notepad phase runs: nothing you write can be executed until you submit or time is up.")
	them := "it"
	if len(first.problems) > 1 {
		them = "them all"
	}
	fmt.Fprintf(w, "Edit the file(s), then `judge submit` judges %s. `judge status --watch` shows the countdown.\n", them)
}

func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }
