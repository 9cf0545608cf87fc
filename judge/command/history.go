package command

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var historyCommand = &cli.Command{
	Name:      "history",
	Usage:     "list your judged and abandoned attempts, newest first",
	UsageText: "judge history [--json] [--limit N]",
	Description: `One line per problem of every judged or abandoned session. A problem counts
as solved when accepted in a round finished on time. The history lives in
JUDGE_HOME/history.jsonl, one JSON record per line.`,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print a JSON array, newest first"},
		&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Usage: "show only the newest `N` attempts (0: all)"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		return History(c.App.Writer, env, c.Bool("json"), c.Int("limit"))
	},
}

// History writes the attempts of the history, newest first, at most limit
// of them when limit > 0.
func History(w io.Writer, env *Env, asJSON bool, limit int) error {
	if limit < 0 {
		return usageError("--limit must be 0 (all) or more")
	}
	records, err := env.Store.History()
	if err != nil {
		return err
	}
	entries := session.Entries(records)
	if limit > 0 && len(entries) > limit {
		entries = entries[:limit]
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(entries)
	}
	if len(entries) == 0 {
		fmt.Fprintln(w, "No attempts yet: `judge start SLUG` or `judge mock` begins a round.")
		return nil
	}
	fmt.Fprintln(w, faint.Sprintf("%-16s  %-8s  %-40s  %-21s  %6s  %s", "started", "round", "problem", "verdict", "used", "clock"))
	for _, e := range entries {
		round := e.Format
		if round == "" {
			round = "practice"
		}
		clock := "on time"
		switch {
		case e.Outcome == session.OutcomeAbandoned:
			clock = "abandoned"
		case e.Overtime:
			clock = "overtime +" + session.Clock(time.Duration(e.OvertimeSeconds)*time.Second)
		}
		used := "-"
		if e.Edited {
			used = session.Clock(time.Duration(e.SecondsUsed) * time.Second)
		}
		verdict := e.Verdict
		if e.TestsTotal > 0 {
			verdict = fmt.Sprintf("%s %d/%d", e.Verdict, e.TestsPassed, e.TestsTotal)
		}
		mark := bad.Sprint("✗")
		if e.Solved {
			mark = good.Sprint("✓")
		}
		fmt.Fprintf(w, "%-16s  %-8s  %-40s  %s %-19s  %6s  %s\n", e.Started.Local().Format("2006-01-02 15:04"), round, e.Slug, mark, verdict, used, clock)
	}
	if ts := session.Topics(records); len(ts) > 0 {
		var parts []string
		for _, t := range ts {
			parts = append(parts, fmt.Sprintf("%s %d/%d", t.Topic, t.Solved, t.Attempts))
		}
		fmt.Fprintf(w, "\n%s %s\n", faint.Sprint("Solved by topic, weakest first:"), strings.Join(parts, " · "))
	}
	return nil
}
