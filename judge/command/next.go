package command

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/judgehq/judge/judge/progress"
	"github.com/urfave/cli/v2"
)

var nextCommand = &cli.Command{
	Name:      "next",
	Usage:     "what to practise now: problems due for review, then the plan's next ones",
	UsageText: "judge next [--json] [--limit N] [--plan NAME]",
	Description: `Spaced review, as flashcard schedulers do it, from your history alone. A
failure, an abandon, an overtime pass or a fix judged outside a round makes
a problem due again the next day; an on-time pass spaces it out to 3, 7,
15, 30 then 60 days, and a fast one (within half the clock) skips a step.

The list, best first: problems due for review, oldest due first; then the
active plan's problems you have not tried (the next one of your weakest
topic first, then in the plan's order); then the rest of the bank; then
unsolved problems not due yet. Each line says why. ` + "`judge start --next`" + `
starts the first; ` + "`judge plan NAME`" + ` changes the plan.`,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print a JSON array, best first"},
		&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Value: 5, Usage: "show at most `N` problems (0: all)"},
		&cli.StringFlag{Name: "plan", Usage: "take new problems from plan `NAME` instead of the active plan"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.NArg() > 0 {
			return usageError("judge next takes no arguments; `judge start %s` starts a problem", c.Args().First())
		}
		return Next(c.App.Writer, env, NextOptions{JSON: c.Bool("json"), Limit: c.Int("limit"), Plan: c.String("plan")})
	},
}

// NextOptions are the inputs of Next.
type NextOptions struct {
	JSON  bool
	Limit int
	// Plan names the plan; "" is the active one.
	Plan string
}

// Next writes what to practise now, best first.
func Next(w io.Writer, env *Env, o NextOptions) error {
	if o.Limit < 0 {
		return usageError("--limit must be 0 (all) or more")
	}
	list, plan, err := suggest(env, o.Plan, o.Limit)
	if err != nil {
		return err
	}
	if o.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // "Arrays & hashing" as written
		return enc.Encode(list)
	}
	if len(list) == 0 {
		fmt.Fprintln(w, "Nothing to practise: every problem is solved on time and none is due for review yet. `judge mock` deals a round.")
		return nil
	}
	fmt.Fprintf(w, "%s %s\n", heading.Sprint("Practise next"), faint.Sprintf("(plan: %s)", plan))
	width := 0
	for _, s := range list {
		width = max(width, len(s.Slug))
	}
	for i, s := range list {
		fmt.Fprintf(w, "%2d  %-*s  %s %s  %s\n", i+1, width, s.Slug, difficultyColor(s.Difficulty), kindLabel(s.Kind), s.Reason)
	}
	fmt.Fprintln(w, "\n`judge start --next` starts the first; `judge start SLUG` any of them.")
	return nil
}

// suggest is the list of what to practise, at most limit, from plan name
// ("" for the active one), and the plan's name.
func suggest(env *Env, name string, limit int) ([]progress.Suggestion, string, error) {
	in, _, err := planInput(env)
	if err != nil {
		return nil, "", err
	}
	plan := activePlan(env, in.Plans)
	if name != "" {
		if plan, err = findPlan(in.Plans, name); err != nil {
			return nil, "", err
		}
	}
	return progress.Next(in, plan, limit), plan.Name, nil
}

func kindLabel(kind string) string {
	switch kind {
	case progress.KindReview:
		return bad.Sprintf("%-8s", "review")
	case progress.KindNew:
		return good.Sprintf("%-8s", "new")
	}
	return faint.Sprintf("%-8s", kind)
}
