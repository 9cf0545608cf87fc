package command

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/judgehq/judge/judge/home"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/progress"
	"github.com/judgehq/judge/problems"
	"github.com/urfave/cli/v2"
)

var planCommand = &cli.Command{
	Name:      "plan",
	Usage:     "show the practice plans and your progress in each, or choose the active one",
	UsageText: "judge plan [--json] [NAME]",
	Description: `A plan is an order to practise problems in: learn (the whole bank topic by
topic, easy first: the default), roadmap (the standard 150-problem list,
section by section), company (one big-tech company's frequent questions)
and design (every design-a-class question). ` + "`judge next`" + ` offers the active
plan's next problems after those due for review; ` + "`judge list --plan NAME`" + `
lists a plan in its order. The choice is kept in JUDGE_HOME/plan.json; your
attempts stay in the history alone.`,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print the plans and the active one as JSON"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.NArg() > 1 {
			return usageError("name one plan: judge plan NAME")
		}
		return Plan(c.App.Writer, env, c.Args().First(), c.Bool("json"))
	},
}

// DefaultPlan is the active plan until the user chooses another.
const DefaultPlan = "learn"

// PlanFile keeps the active plan's name, in JUDGE_HOME.
const PlanFile = "plan.json"

// planChoice is PlanFile's content.
type planChoice struct {
	Plan string `json:"plan"`
}

// PlanEntry is one plan in `judge plan --json`.
type PlanEntry struct {
	Name      string `json:"name"`
	Title     string `json:"title"`
	Active    bool   `json:"active"`
	Solved    int    `json:"solved"`
	Attempted int    `json:"attempted"`
	Total     int    `json:"total"`
}

// Plan shows the plans with the user's progress in each, the active one
// marked; with name set, it makes that plan the active one first.
func Plan(w io.Writer, env *Env, name string, asJSON bool) error {
	in, _, err := planInput(env)
	if err != nil {
		return err
	}
	if name != "" {
		p, err := findPlan(in.Plans, name)
		if err != nil {
			return err
		}
		if err := setActivePlan(env, p.Name); err != nil {
			return err
		}
	}
	active := activePlan(env, in.Plans)
	st := progress.ComputeStats(in)
	entries := make([]PlanEntry, 0, len(st.Plans))
	for _, c := range st.Plans {
		entries = append(entries, PlanEntry{Name: c.Name, Title: c.Title, Active: c.Name == active.Name, Solved: c.Solved, Attempted: c.Attempted, Total: c.Total})
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // "Arrays & hashing" as written
		return enc.Encode(struct {
			Active string      `json:"active"`
			Plans  []PlanEntry `json:"plans"`
		}{active.Name, entries})
	}
	if name != "" {
		fmt.Fprintf(w, "The active plan is now %s.\n\n", heading.Sprint(active.Name))
	}
	width := 0
	for _, e := range entries {
		width = max(width, len(e.Name))
	}
	for _, e := range entries {
		mark := "  "
		if e.Active {
			mark = good.Sprint("▸ ")
		}
		if e.Total == 0 {
			fmt.Fprintf(w, "%s%-*s  none of its problems is in the bank yet  %s\n", mark, width, e.Name, faint.Sprint(e.Title))
			continue
		}
		fmt.Fprintf(w, "%s%-*s  %3d/%-3d solved on time, %d attempted  %s\n", mark, width, e.Name, e.Solved, e.Total, e.Attempted, faint.Sprint(e.Title))
	}
	fmt.Fprintf(w, "\n`judge next` offers what is due for review, then the %s plan's next problems; `judge list --plan %s` lists it in order.\n", active.Name, active.Name)
	if name == "" {
		fmt.Fprintln(w, "`judge plan NAME` makes another plan the active one.")
	}
	return nil
}

// resolvePlans are the embedded plans over bank: problems the bank lacks
// left out, derived plans made.
func resolvePlans(bank []*problem.Problem) ([]problem.Plan, error) {
	plans, err := problems.Plans()
	if err != nil {
		return nil, err
	}
	out := make([]problem.Plan, len(plans))
	for i, p := range plans {
		out[i], _ = p.Resolve(bank)
	}
	return out, nil
}

// findPlan is the plan called name, or an error listing them.
func findPlan(plans []problem.Plan, name string) (problem.Plan, error) {
	var names []string
	for _, p := range plans {
		if p.Name == name {
			return p, nil
		}
		names = append(names, p.Name)
	}
	return problem.Plan{}, usageError("unknown plan %q%s; plans: %s", name, didYouMean(name, names), strings.Join(names, ", "))
}

// activePlan is the plan the user chose, DefaultPlan when none is chosen.
// A choice that cannot be read, or names a plan that no longer exists,
// gives the default with a warning: it is a preference, never worth
// failing a command for.
func activePlan(env *Env, plans []problem.Plan) problem.Plan {
	path := filepath.Join(env.Store.Dir, PlanFile)
	name := DefaultPlan
	b, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		warn(env, "read the active plan: %v; using %s", err, DefaultPlan)
	default:
		var c planChoice
		if err := json.Unmarshal(b, &c); err != nil || c.Plan == "" {
			warn(env, "%s is not a plan choice; using %s (`judge plan NAME` chooses again)", path, DefaultPlan)
		} else {
			name = c.Plan
		}
	}
	p, err := findPlan(plans, name)
	if err != nil && name != DefaultPlan {
		warn(env, "the active plan %q no longer exists; using %s (`judge plan NAME` chooses again)", name, DefaultPlan)
		p, err = findPlan(plans, DefaultPlan)
	}
	if err != nil {
		// No default plan in the data: an empty plan leaves `judge next`
		// to the rest of the bank.
		return problem.Plan{Name: DefaultPlan}
	}
	return p
}

// setActivePlan records name as the active plan, atomically.
func setActivePlan(env *Env, name string) error {
	b, err := json.Marshal(planChoice{Plan: name})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(env.Store.Dir, 0o755); err != nil {
		return err
	}
	if err := home.WriteFileAtomic(filepath.Join(env.Store.Dir, PlanFile), append(b, '\n')); err != nil {
		return fmt.Errorf("save the active plan: %w", err)
	}
	return nil
}

// warn prints a warning that does not stop the command.
func warn(env *Env, format string, args ...any) {
	if w := env.Store.Warn; w != nil {
		fmt.Fprintf(w, "judge: warning: "+format+"\n", args...)
	}
}

// planInput is what progress needs: the history, the bank and its plans.
func planInput(env *Env) (progress.Input, *Bank, error) {
	b, err := env.Bank(nil)
	if err != nil {
		return progress.Input{}, nil, err
	}
	bank := b.Summaries()
	plans, err := resolvePlans(bank)
	if err != nil {
		return progress.Input{}, nil, err
	}
	records, err := readHistory(env.Store)
	if err != nil {
		return progress.Input{}, nil, err
	}
	return progress.Input{Records: records, Bank: bank, Plans: plans, Now: env.Now()}, b, nil
}
