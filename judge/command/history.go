package command

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/progress"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var historyCommand = &cli.Command{
	Name:      "history",
	Usage:     "list your judged and abandoned attempts, newest first",
	UsageText: "judge history [--json] [--limit N]\n   judge history --show N",
	Description: `One line per problem of every judged or abandoned round, and of every file
judged outside a round (practice). A problem counts as solved when accepted
in a round finished on time. --show N prints the code judged in attempt N
(the # column). ML design and behavioral rounds follow the coding
attempts, with what their reviews found and your self-grades.

--json prints every attempt and round, newest first, in one array: each
item's "kind" is coding, ml-design or behavioral; a coding attempt has
its verdict and tests, a design round its design_review and grades, a
behavioral round its questions and behavioral_review. The history lives
in JUDGE_HOME/history.jsonl, one JSON record per line.`,
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "json", Usage: "print a JSON array of every attempt and round, newest first"},
		&cli.IntFlag{Name: "limit", Aliases: []string{"n"}, Usage: "show only the newest `N` attempts (0: all)"},
		&cli.IntFlag{Name: "show", Usage: "print the code judged in attempt `N` (1 is the newest)"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.IsSet("show") {
			return ShowAttempt(c.App.Writer, env, c.Int("show"))
		}
		return History(c.App.Writer, env, c.Bool("json"), c.Int("limit"))
	},
}

// ShowAttempt prints the code judged in attempt n of the history, 1 being
// the newest.
func ShowAttempt(w io.Writer, env *Env, n int) error {
	records, err := env.Store.History()
	if err != nil {
		return err
	}
	entries := session.Entries(records)
	if n < 1 || n > len(entries) {
		return usageError("--show %d: the history has %d attempts (1 is the newest)", n, len(entries))
	}
	e := entries[n-1]
	if e.Code == "" {
		what := "was abandoned"
		if e.Outcome != session.OutcomeAbandoned {
			what = "was judged before the judge kept code"
		}
		return usageError("attempt %d (%s) %s: no code is kept", n, e.Slug, what)
	}
	fmt.Fprintln(w, faint.Sprintf("// attempt %d: %s, %s, %s", n, e.Slug, e.Verdict, e.Started.Local().Format("2006-01-02 15:04")))
	fmt.Fprint(w, e.Code)
	if !strings.HasSuffix(e.Code, "\n") {
		fmt.Fprintln(w)
	}
	return nil
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
	if asJSON {
		all := session.Timeline(records)
		if limit > 0 && len(all) > limit {
			all = all[:limit]
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(all)
	}
	entries := session.Entries(records)
	if limit > 0 && len(entries) > limit {
		entries = entries[:limit]
	}
	defer showOtherRounds(w, records, limit)
	if len(entries) == 0 {
		fmt.Fprintln(w, "No attempts yet: `judge start SLUG` or `judge mock` begins a round.")
		return nil
	}
	fmt.Fprintln(w, faint.Sprintf("%4s  %-16s  %-8s  %-40s  %-21s  %6s  %s", "#", "started", "round", "problem", "verdict", "used", "clock"))
	for i, e := range entries {
		round := e.Format
		if round == "" {
			round = "round"
		}
		clock := "on time"
		switch {
		case e.Outcome == session.OutcomePractice:
			round, clock = "practice", "no clock"
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
		if e.HintsUsed > 0 {
			clock += ", " + plural(e.HintsUsed, "hint")
		}
		fmt.Fprintf(w, "%4d  %-16s  %-8s  %-40s  %s %-19s  %6s  %s\n", i+1, e.Started.Local().Format("2006-01-02 15:04"), round, e.Slug, mark, verdict, used, clock)
	}
	if ts := progress.Topics(records); len(ts) > 0 {
		var parts []string
		for _, t := range ts {
			parts = append(parts, fmt.Sprintf("%s %d/%d", t.Topic, t.Solved, t.Attempted))
		}
		fmt.Fprintf(w, "\n%s %s\n", faint.Sprint("Problems solved on time / attempted, by topic, weakest first:"), strings.Join(parts, " · "))
		fmt.Fprintln(w, faint.Sprint("`judge stats` shows more; `judge next` says what to practise now."))
	}
	return nil
}

// showOtherRounds lists the ML design and behavioral rounds of the
// history, newest first, at most limit when limit > 0.
func showOtherRounds(w io.Writer, records []session.Record, limit int) {
	var lines []string
	for i := len(records) - 1; i >= 0; i-- {
		r := &records[i]
		var what string
		switch {
		case r.Design != nil:
			what = fmt.Sprintf("%-10s %-34s", "ml-design", r.Design.Slug)
			if rev := r.Design.Review; rev != nil {
				what += fmt.Sprintf(" %d of %d rubric items mentioned", rev.Mentioned, rev.Total)
				if sum, n := gradeSum(r.Design.Grades, rev); n > 0 {
					what += fmt.Sprintf(", self-grade %d of %d", sum, session.MaxGrade*rev.Total)
				}
			}
		case r.Behavioral != nil:
			what = fmt.Sprintf("%-10s %-34s", "behavioral", plural(len(r.Behavioral.Questions), "question"))
			if rev := r.Behavioral.Review; rev != nil {
				what += fmt.Sprintf(" %d of %d answers complete", rev.Complete, rev.Total)
			}
		default:
			continue
		}
		if r.Outcome == session.OutcomeAbandoned {
			what += " (abandoned)"
		} else if r.Overtime {
			what += " (overtime)"
		}
		lines = append(lines, fmt.Sprintf("  %s  %s", r.Started.Local().Format("2006-01-02 15:04"), what))
		if limit > 0 && len(lines) == limit {
			break
		}
	}
	if len(lines) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n%s\n", heading.Sprint("ML design and behavioral rounds, newest first:"), strings.Join(lines, "\n"))
}
