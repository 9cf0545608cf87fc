package command

import (
	"context"
	"encoding/json"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/review"
)

// Runner is what the commands need of the judge: verdicts, runs and
// reviews. sandboxRunner is the real one, building and running solutions
// in the sandbox; the commands' tests put in a fake, so that what they
// check of sessions, history and output needs no toolchain.
type Runner interface {
	// SubmitCompiled judges src on p's hidden tests; the program it
	// returns (nil if none) serves the review, and the caller closes it.
	SubmitCompiled(ctx context.Context, p *problem.Problem, src driver.Source) (*judge.Report, *judge.Compiled, error)
	// RunSamples judges src on the statement's examples, each one.
	RunSamples(ctx context.Context, p *problem.Problem, src driver.Source) (*judge.Report, error)
	// RunInput runs src and the reference on one input of the user's.
	RunInput(ctx context.Context, p *problem.Problem, src driver.Source, in map[string]json.RawMessage) (*judge.Custom, error)
	// Review grades the round beyond its verdict.
	Review(ctx context.Context, in review.Input) (*review.Review, error)
}

// sandboxRunner is the judge itself.
type sandboxRunner struct{ *judge.Judge }

func (r sandboxRunner) Review(ctx context.Context, in review.Input) (*review.Review, error) {
	return review.Run(ctx, r.Judge, in)
}
