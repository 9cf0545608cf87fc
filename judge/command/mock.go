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
	Usage:     "start a mock interview round: the format's clock and problems",
	UsageText: "judge mock [--format phone|phone-senior|onsite] [--seed N] [--plan NAME] [--dir DIR] [--pool DIR]",
	Description: `Formats: phone (35 min: one easy, one medium), phone-senior (25 min: one or
two problems, then a 15-minute behavioral question), onsite (35 min: two
medium). Problems come from different topics; those you solved in the last
30 days are mostly left out, your weakest topics (from the history) come
up more, and problems due for review (see ` + "`judge next`" + `) far more.
--plan NAME draws only from that plan's problems (see ` + "`judge plan`" + `).
The same --seed, history and bank give the same pick.`,
	Flags: append([]cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "phone", Usage: "the round's `FORMAT`: phone, phone-senior or onsite"},
		&cli.Int64Flag{Name: "seed", Usage: "make the pick reproducible with seed `N`", DefaultText: "from the clock"},
		&cli.StringFlag{Name: "pool", Usage: "pick only among the problem packages in folder `DIR`"},
		&cli.StringFlag{Name: "plan", Usage: "pick only among the problems of plan `NAME` (learn, roadmap, company, design)"},
	}, sessionFlags()...),
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		o := MockOptions{Format: c.String("format"), Seed: c.Int64("seed"), SeedSet: c.IsSet("seed"), Dir: c.String("dir"), Pool: c.String("pool"), Plan: c.String("plan"), Force: c.Bool("force"), Abandon: c.Bool("abandon")}
		return Mock(c.App.Writer, env, o)
	},
}

// MockOptions are the inputs of Mock.
type MockOptions struct {
	Format  string
	Seed    int64
	SeedSet bool // else the seed comes from the clock
	Dir     string
	// Pool, when set, is the only folder the problems come from.
	Pool string
	// Plan, when set, names the plan the problems come from.
	Plan           string
	Force, Abandon bool
}

// Mock picks a round of the format and starts it as a session.
func Mock(w io.Writer, env *Env, o MockOptions) error {
	f, err := session.FindFormat(o.Format)
	if err != nil {
		return usageError("%v", err)
	}
	if !o.SeedSet {
		o.Seed = env.Now().UnixNano() % 1_000_000
	}
	var bank []*problem.Problem
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
			bank = []*problem.Problem{p}
		} else if bank, err = problem.LoadAll(os.DirFS(pool), "."); err != nil {
			return usageError("--pool %s: %v", o.Pool, err)
		}
		if len(bank) == 0 {
			return usageError("--pool %s holds no problem package", o.Pool)
		}
		env.ProblemDirs = append(env.ProblemDirs, pool)
	} else {
		b, err := env.Bank(nil)
		if err != nil {
			return err
		}
		bank = b.All()
		if o.Plan != "" {
			plans, err := resolvePlans(bank)
			if err != nil {
				return err
			}
			p, err := findPlan(plans, o.Plan)
			if err != nil {
				return err
			}
			bank = inPlanOrder(bank, p)
		}
	}
	history, err := env.Store.History()
	if err != nil {
		return err
	}
	favour := progress.Favour(progress.Attempts(history), env.Now())
	pick, err := session.PickMockFavouring(f, bank, history, o.Seed, env.Now(), favour)
	if err != nil {
		if o.Plan != "" {
			return usageError("the %s plan cannot make this round: %v", o.Plan, err)
		}
		return usageError("%v", err)
	}
	s, err := begin(w, env, round{
		problems: pick.Problems, duration: f.Coding(), dir: o.Dir, force: o.Force, abandon: o.Abandon,
		format: f.Name, seed: o.Seed, behavioral: pick.Behavioral,
	})
	if err != nil {
		return err
	}
	showMock(w, s, f, pick.Problems)
	return nil
}

// showMock writes the mock's start screen: the whole round as the
// interview runs it, the problems, the statements and the plan.
func showMock(w io.Writer, s *session.Session, f *session.Format, ps []*problem.Problem) {
	fmt.Fprintf(w, "%s (seed %d): %s coding, the round as the interview runs it:\n", heading.Sprint("Mock "+f.Title), s.Seed, session.Clock(s.Duration()))
	// The clock starts with the coding block; the blocks before it are
	// already behind.
	at := s.Started
	for _, b := range f.Schedule {
		if b.Coding {
			break
		}
		at = at.Add(-minutes(b.Minutes))
	}
	for _, b := range f.Schedule {
		mark := ""
		if b.Coding {
			mark = "  ← the clock runs now"
		}
		fmt.Fprintf(w, "  %s  %-10s %2d min  %s%s\n", at.Local().Format("15:04"), b.Name, b.Minutes, b.What, good.Sprint(mark))
		at = at.Add(minutes(b.Minutes))
	}
	fmt.Fprintln(w)
	showFiles(w, s)
	for _, p := range ps {
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
	if len(ps) > 1 {
		them = "them all"
	}
	fmt.Fprintf(w, "Edit the file(s), then `judge submit` judges %s. `judge status --watch` shows the countdown.\n", them)
}

func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }
