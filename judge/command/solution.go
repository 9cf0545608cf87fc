package command

import (
	"fmt"
	"io"
	"strings"

	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var solutionCommand = &cli.Command{
	Name:      "solution",
	Usage:     "show the reference solution and its write-up, once you have made an attempt",
	UsageText: "judge solution SLUG",
	Description: `Shows the write-up (the approach, its complexity, the pitfalls the judge's
wrong solutions encode) and the reference solution. As in practice that
teaches, it is refused until you have a judged attempt at the problem (a
round or a file judged with judge submit --problem), and while a round with
the problem runs.`,
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		if c.NArg() != 1 {
			return usageError("name one problem: judge solution SLUG")
		}
		return Solution(c.App.Writer, env, c.Args().First())
	},
}

// Solution writes a problem's write-up and reference, refused before the
// user's first judged attempt at it.
func Solution(w io.Writer, env *Env, slug string) error {
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	var dirs []string
	if s != nil {
		dirs = s.ProblemDirs
	}
	b, err := env.Bank(dirs)
	if err != nil {
		return err
	}
	p, err := b.Find(slug)
	if err != nil {
		return err
	}
	if s.PhaseAt(env.Now()) == session.Notepad {
		for _, sp := range s.Problems {
			if sp.Slug == slug {
				return usageError("%s is in the round that is running: the solution is shown after the verdict (%s left; `judge hint` nudges without giving it away)", slug, session.Clock(s.Remaining(env.Now())))
			}
		}
	}
	if s != nil {
		for _, r := range s.Next {
			for _, sp := range r.Problems {
				if sp.Slug == slug {
					return usageError("%s is in a round of the loop still to come: the solution waits until after it", slug)
				}
			}
		}
	}
	records, err := env.Store.History()
	if err != nil {
		return err
	}
	tried := false
	for _, e := range session.Entries(records) {
		if e.Slug == slug && e.Outcome != session.OutcomeAbandoned {
			tried = true
			break
		}
	}
	if !tried {
		return usageError("no judged attempt at %s yet: the solution teaches most after you have tried. `judge start %s` begins a round; `judge submit --problem %s FILE` judges a file", slug, slug, slug)
	}
	if strings.TrimSpace(p.Writeup) != "" {
		fmt.Fprintln(w, strings.TrimRight(p.Writeup, "\n"))
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%s\n\n%s\n", heading.Sprint("## Reference solution"), strings.TrimRight(p.Solution, "\n"))
	return nil
}
