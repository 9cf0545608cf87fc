package command

import (
	"fmt"
	"io"
	"strings"

	"github.com/judgehq/judge/judge/problem"
	"github.com/urfave/cli/v2"
)

var showCommand = &cli.Command{
	Name:      "show",
	Usage:     "show a problem's statement, examples and constraints",
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
