package command

import (
	"context"
	"encoding/json"
	"io"
	"os"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/urfave/cli/v2"
)

var submitCommand = &cli.Command{
	Name:      "submit",
	Usage:     "judge a Go solution on the problem's hidden tests",
	UsageText: "judge submit --problem SLUG [--json] FILE",
	Description: `Compiles FILE with a driver for the problem's LeetCode signature and runs
it on every hidden test under time and memory limits. FILE needs no
package clause and no standard-library imports.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "problem", Aliases: []string{"p"}, Usage: "the problem's `SLUG`"},
		&cli.BoolFlag{Name: "json", Usage: "print the report as JSON"},
	},
	Action: func(c *cli.Context) error {
		if c.String("problem") == "" {
			return usageError("name the problem: judge submit --problem SLUG FILE")
		}
		if c.NArg() != 1 {
			return usageError("give one solution file: judge submit --problem %s FILE", c.String("problem"))
		}
		b, err := bankOf(c)
		if err != nil {
			return err
		}
		p, err := b.Find(c.String("problem"))
		if err != nil {
			return err
		}
		return SubmitFile(c.Context, c.App.Writer, &judge.Judge{}, p, c.Args().First(), c.Bool("json"))
	},
}

// SubmitFile judges the solution in file and writes the report; a verdict
// other than accepted returns errNotAccepted.
func SubmitFile(ctx context.Context, w io.Writer, j *judge.Judge, p *problem.Problem, file string, asJSON bool) error {
	code, err := os.ReadFile(file)
	if err != nil {
		return usageError("read solution: %v", err)
	}
	rep, err := j.Submit(ctx, p, driver.Source{Name: file, Code: string(code)})
	if err != nil {
		return err
	}
	if err := writeReport(w, rep, asJSON); err != nil {
		return err
	}
	if rep.Verdict != judge.Accepted {
		return errNotAccepted
	}
	return nil
}

func writeReport(w io.Writer, rep *judge.Report, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.Render(w)
	return nil
}
