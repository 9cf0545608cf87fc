package command

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/session"
)

// runInput is `judge run --input`: the solution and the reference on an
// input of the user's, as LeetCode's Run with a custom test case. It
// returns errNotAccepted when their answers do not agree.
func runInput(ctx context.Context, w io.Writer, env *Env, s *session.Session, o RunOptions) error {
	p, src, err := inputTarget(env, s, o)
	if err != nil {
		return err
	}
	in := map[string]json.RawMessage{}
	err = problem.ParsePairs(o.Input, in)
	if err == nil {
		err = p.CheckInput(in)
	}
	if err != nil {
		return usageError("--input: %v; write it as the statement's examples are, e.g. --input '%s'", err, inputExample(p))
	}
	c, err := env.Judge.RunInput(ctx, p, src, in)
	if err != nil {
		return err
	}
	if o.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(c); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(w, faint.Sprint("Your input; Expected is the reference solution's answer. `judge submit` judges the hidden tests."))
		renderCustom(w, c)
	}
	if !c.Agree {
		return errNotAccepted
	}
	return nil
}

// inputTarget is the problem and the solution judge run --input runs: a
// file of the user's with --problem, else the session's problem, named
// when the session has several.
func inputTarget(env *Env, s *session.Session, o RunOptions) (*problem.Problem, driver.Source, error) {
	if o.Problem != "" {
		if len(o.Args) != 1 {
			return nil, driver.Source{}, usageError("give one solution file: judge run --problem %s --input '...' FILE", o.Problem)
		}
		code, err := os.ReadFile(o.Args[0])
		if err != nil {
			return nil, driver.Source{}, usageError("read solution: %v", err)
		}
		b, err := env.Bank(nil)
		if err != nil {
			return nil, driver.Source{}, err
		}
		p, err := b.Find(o.Problem)
		if err != nil {
			return nil, driver.Source{}, err
		}
		return p, driver.Source{Name: o.Args[0], Code: string(code)}, nil
	}
	if s == nil {
		return nil, driver.Source{}, usageError("no session: `judge run --problem SLUG --input '...' FILE` runs a file of your own")
	}
	var slug string
	switch {
	case len(o.Args) == 1:
		slug = o.Args[0]
	case len(o.Args) == 0 && len(s.Problems) == 1:
		slug = s.Problems[0].Slug
	default:
		return nil, driver.Source{}, usageError("an input is for one problem; name it: judge run --input '...' SLUG (the session's problems: %s)", strings.Join(s.Slugs(), ", "))
	}
	for _, sp := range s.Problems {
		if sp.Slug != slug {
			continue
		}
		b, err := env.Bank(s.ProblemDirs)
		if err != nil {
			return nil, driver.Source{}, err
		}
		p, err := b.Find(slug)
		if err != nil {
			return nil, driver.Source{}, err
		}
		return p, readSolution(sp.File), nil
	}
	return nil, driver.Source{}, usageError("the session has no problem %s; its problems: %s", slug, strings.Join(s.Slugs(), ", "))
}

// inputExample is p's first example's input, in the statement's form
// (every package has examples: the loader sees to it).
func inputExample(p *problem.Problem) string {
	return p.FormatInput(p.Samples()[0].Input)
}
