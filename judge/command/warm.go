package command

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/build"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/urfave/cli/v2"
)

// warmCommand is what `judge start` runs in the background; it is hidden
// because users never need to call it.
var warmCommand = &cli.Command{
	Name:      "warm",
	Usage:     "calibrate problems and build their stubs, so that the first submit is fast",
	UsageText: "judge warm SLUG...",
	Hidden:    true,
	Action: func(c *cli.Context) error {
		b, err := bankOf(c)
		if err != nil {
			return err
		}
		var ps []*problem.Problem
		for _, slug := range c.Args().Slice() {
			p, err := b.Find(slug)
			if err != nil {
				return err
			}
			ps = append(ps, p)
		}
		ctx, cancel := context.WithTimeout(c.Context, 10*time.Minute)
		defer cancel()
		return Warm(ctx, c.App.Writer, &judge.Judge{}, ps)
	},
}

// Warm calibrates each problem (cached for the submits to come) and builds
// its stub, which fills the build cache with the driver's packages; then
// it compiles the standard-library packages a solution may use without
// importing them, so that a first solution with container/heap does not
// wait for it.
func Warm(ctx context.Context, w io.Writer, j *judge.Judge, ps []*problem.Problem) error {
	if err := warmProblems(ctx, w, j, ps); err != nil {
		return err
	}
	start := time.Now()
	if err := build.Warm(ctx, driver.AutoImports()); err != nil {
		return err
	}
	fmt.Fprintf(w, "warm standard library in %.1fs\n", time.Since(start).Seconds())
	return nil
}

func warmProblems(ctx context.Context, w io.Writer, j *judge.Judge, ps []*problem.Problem) error {
	for _, p := range ps {
		start := time.Now()
		if _, err := j.Calibrate(ctx, p); err != nil {
			return err
		}
		prog, err := driver.New(p, driver.Source{Name: "stub.go", Code: p.Stub}, nil)
		if err != nil {
			return fmt.Errorf("%s: stub: %w", p.Slug, err)
		}
		dir, err := os.MkdirTemp("", "judge-warm-*")
		if err != nil {
			return err
		}
		_, err = build.Compile(ctx, prog, dir)
		os.RemoveAll(dir)
		if err != nil {
			return fmt.Errorf("%s: build the stub: %w", p.Slug, err)
		}
		// The review's complexity ladder (the reference's sizes, made by
		// gen.go) is cached too: the round's first review would make it.
		if p.Ladder != nil {
			if _, err := j.Ladder(ctx, p); err != nil {
				return fmt.Errorf("%s: the complexity ladder: %w", p.Slug, err)
			}
		}
		fmt.Fprintf(w, "warm %s in %.1fs\n", p.Slug, time.Since(start).Seconds())
	}
	return nil
}
