package command

import (
	"fmt"
	"io"
	"strings"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/problem"
	"github.com/urfave/cli/v2"
)

var showCommand = &cli.Command{
	Name:      "show",
	Usage:     "show a problem's statement, examples and constraints (or a design prompt, or a behavioral question)",
	UsageText: "judge show SLUG",
	Action: func(c *cli.Context) error {
		if c.NArg() != 1 {
			return usageError("show takes one problem slug, e.g. `judge show two-sum`")
		}
		b, err := bankOf(c)
		if err != nil {
			return err
		}
		p, err := b.Find(c.Args().First())
		if err != nil {
			// A design prompt or a behavioral question of that name?
			if rb, rerr := loadRoundBank(); rerr == nil {
				if dp, derr := rb.prompt(c.Args().First()); derr == nil {
					showPrompt(c.App.Writer, dp)
					fmt.Fprintln(c.App.Writer, faint.Sprintf("\n`judge start --design %s` starts a 45-minute round on it; the facts and the rubric come with the round.", dp.Slug))
					return nil
				}
				if q, qerr := rb.question(c.Args().First()); qerr == nil {
					cat, _ := behavioral.FindCategory(q.Category)
					fmt.Fprintf(c.App.Writer, "%s  %s\n  %s\n", heading.Sprint(q.ID), faint.Sprint(cat.Title), q.Text)
					return nil
				}
			}
			return err
		}
		Show(c.App.Writer, p)
		return nil
	},
}

// Show writes p's statement for a terminal: markdown made plain, code
// blocks indented. It never shows hidden tests.
func Show(w io.Writer, p *problem.Problem) {
	inCode := false
	for i, line := range strings.Split(strings.TrimRight(p.Statement, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "```"):
			inCode = !inCode
			continue
		case inCode:
			fmt.Fprintln(w, "    "+line)
		case i == 0 && strings.HasPrefix(line, "# "):
			fmt.Fprintf(w, "%s  %s  %s\n", heading.Sprint(strings.TrimPrefix(line, "# ")), difficultyColor(p.Difficulty), faint.Sprint(strings.Join(p.Topics, ", ")))
		case strings.HasPrefix(line, "## "):
			fmt.Fprintln(w, heading.Sprint(strings.TrimPrefix(line, "## ")))
		default:
			fmt.Fprintln(w, strings.ReplaceAll(line, "`", ""))
		}
	}
}
