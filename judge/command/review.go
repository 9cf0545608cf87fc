package command

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/review"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var reviewCommand = &cli.Command{
	Name:      "review",
	Usage:     "grade the round beyond its verdict: your examples, your complexity, the follow-ups",
	UsageText: "judge review [--round N] [--json]\n   judge review --problem SLUG [--json] FILE",
	Description: `Without --problem, shows the review of the last judged round (judge submit
prints it too): of a loop, --round N shows round N's. With --problem, judges
FILE and reviews it, outside any round (refused while a notepad phase
runs); the attempt is recorded as practice.

What a review grades, from the notepad's comment lines:

   // example: nums = [3,2,4], target = 6 -> [1,2]    your test cases, in the
                                                     statement's syntax
   // time: O(n)                                     your complexity
   // space: O(n)

Each example is checked (does it parse as the problem's inputs?), compared
with the problem's answer (a wrong expected output is a misunderstanding),
run on your code (did it do what you said?), and the set is scored by how
many of the problem's plausible wrong solutions it catches. Your declared
complexity is compared with the expected one and with your code's time
measured on inputs of growing size.`,
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "problem", Aliases: []string{"p"}, Usage: "judge and review FILE as a solution of `SLUG`"},
		&cli.BoolFlag{Name: "json", Usage: "print the review as JSON"},
		&cli.IntFlag{Name: "round", Usage: "in a loop, show round `N`'s review"},
	},
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.IsSet("round") && c.String("problem") != "" {
			return usageError("--round shows a round of the session; --problem reviews a file")
		}
		if c.IsSet("round") {
			return ReviewRound(c.App.Writer, env, c.Int("round"), c.Bool("json"))
		}
		return Review(c.Context, c.App.Writer, env, c.String("problem"), c.Args().Slice(), c.Bool("json"))
	},
}

// Review shows the last judged round's reviews, or with slug set judges
// and reviews the one file in args.
func Review(ctx context.Context, w io.Writer, env *Env, slug string, args []string, asJSON bool) error {
	if slug != "" {
		return Submit(ctx, w, env, slug, args, asJSON)
	}
	if len(args) > 0 {
		return usageError("name the problem: judge review --problem SLUG FILE (judge review alone shows the last round's review)")
	}
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	if s != nil && s.Result == nil && s.Index() > 0 {
		// In a loop, the last judged round is the one before.
		return ReviewRound(w, env, s.Index(), asJSON)
	}
	if s == nil || s.Result == nil {
		if err := refuseInNotepad(s, env.Now()); err != nil {
			return err
		}
		return usageError("no judged round to review: `judge submit` judges the running one; `judge review --problem SLUG FILE` reviews a file")
	}
	if s.KindOf() != session.KindCoding {
		return ReviewRound(w, env, s.Index()+1, asJSON)
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		reviews := s.Result.Reviews
		if reviews == nil {
			reviews = []*review.Review{}
		}
		return enc.Encode(reviews)
	}
	for i, rev := range s.Result.Reviews {
		if rev == nil {
			fmt.Fprintf(w, "%s no review was made (the judge could not run it)\n", s.Problems[i].Slug)
			continue
		}
		renderReport(w, s.Result.Reports[i])
		renderReview(w, rev)
		fmt.Fprintln(w)
	}
	return nil
}

// ReviewRound shows the review of round n (from 1) of the session.
func ReviewRound(w io.Writer, env *Env, n int, asJSON bool) error {
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	if s == nil {
		return usageError("no session: `judge mock` or `judge start` begins one")
	}
	rounds := s.Rounds()
	if n < 1 || n > len(rounds) {
		return usageError("--round %d: the session has %d round%s", n, len(rounds), pluralS(len(rounds)))
	}
	r := rounds[n-1]
	if r.Result == nil {
		return usageError("round %d (%s) is not judged yet", n, r.KindOf().Title())
	}
	if asJSON {
		switch r.KindOf() {
		case session.KindDesign:
			return encodeJSON(w, r.Result.Design)
		case session.KindBehavioral:
			return encodeJSON(w, r.Result.Behavioral)
		}
		reviews := r.Result.Reviews
		if reviews == nil {
			reviews = []*review.Review{}
		}
		return encodeJSON(w, reviews)
	}
	var bank *roundBank
	if r.KindOf() != session.KindCoding {
		bank, _ = loadRoundBank()
	}
	switch r.KindOf() {
	case session.KindDesign:
		var p *design.Prompt
		if bank != nil {
			p, _ = bank.prompt(r.Design.Slug)
		}
		renderDesignReview(w, r, r.Result.Design, p)
	case session.KindBehavioral:
		renderBehavioralReview(w, r, r.Result.Behavioral, bank)
	default:
		for i, rev := range r.Result.Reviews {
			renderReport(w, r.Result.Reports[i])
			if rev == nil {
				fmt.Fprintf(w, "%s no review was made (the judge could not run it)\n", r.Problems[i].Slug)
				continue
			}
			renderReview(w, rev)
			fmt.Fprintln(w)
		}
	}
	return nil
}
