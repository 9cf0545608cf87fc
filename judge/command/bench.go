package command

import (
	"context"
	"io"
	"os"

	"github.com/judgehq/judge/judge/bench"
	"github.com/judgehq/judge/judge/problem"
	"github.com/urfave/cli/v2"
)

var benchCommand = &cli.Command{
	Name:      "bench",
	Usage:     "measure submit-to-verdict against its floor: go build plus a plain run of the same tests",
	UsageText: "judge bench [--runs N] [--cold] [--verify] [--judge PATH] [SLUG...]",
	Description: `For each problem — by default two-sum, lru-cache,
binary-tree-level-order-traversal, kth-largest-element-in-an-array and
number-of-islands — times judge submit of the reference solution, changed
on every run so that the build cache cannot hide the build, and beside it
the floor: go build of the same solution with a bare func main (no
encoding/json), plus a plain program, built beforehand, running the same
tests. Prints the medians and their ratio. The runs interleave, so that a
busy machine slows both alike.

--cold also times the first submit on an empty build cache, and the first
submit of a session once judge start's background warm-up has finished.
--verify also times judge verify of the whole bank. Progress goes to
stderr.`,
	Flags: []cli.Flag{
		&cli.IntFlag{Name: "runs", Value: 7, Usage: "measure `N` submits and N floors per problem"},
		&cli.BoolFlag{Name: "cold", Usage: "also measure first submits on an empty build cache"},
		&cli.BoolFlag{Name: "verify", Usage: "also time judge verify of the whole bank (minutes)"},
		&cli.StringFlag{Name: "judge", Usage: "measure the judge binary at `PATH` (default: this one)"},
	},
	Action: func(c *cli.Context) error {
		b, err := bankOf(c)
		if err != nil {
			return err
		}
		slugs := c.Args().Slice()
		if len(slugs) == 0 {
			slugs = bench.Representative
		}
		var ps []*problem.Problem
		for _, slug := range slugs {
			p, err := b.Find(slug)
			if err != nil {
				return err
			}
			ps = append(ps, p)
		}
		exe := c.String("judge")
		if exe == "" {
			if exe, err = os.Executable(); err != nil {
				return err
			}
		}
		if c.Int("runs") < 1 {
			return usageError("--runs must be at least 1")
		}
		cfg := bench.Config{Judge: exe, Problems: ps, Runs: c.Int("runs"), Cold: c.Bool("cold"), Verify: c.Bool("verify"), Log: c.App.ErrWriter}
		return Bench(c.Context, c.App.Writer, cfg)
	},
}

// Bench measures what cfg says and prints the table.
func Bench(ctx context.Context, w io.Writer, cfg bench.Config) error {
	if cfg.Log == nil {
		cfg.Log = os.Stderr
	}
	res, err := bench.Measure(ctx, cfg)
	if err != nil {
		return err
	}
	res.Write(w)
	return nil
}
