package command

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

var hintCommand = &cli.Command{
	Name:      "hint",
	Usage:     "take the next hint, as an interviewer nudges a stuck candidate (it is noted)",
	UsageText: "judge hint [SLUG]",
	Description: `Shows the next of the problem's hints, from a gentle nudge to the key idea;
never code. Each hint taken is recorded with its time, and the review and the
history say so ("1 hint, at 9:40"), as the interviewer notes it. Allowed
during the notepad phase: it reveals no test and runs nothing. In a round of
two problems, name the one you want a hint for.`,
	Action: func(c *cli.Context) error {
		env, err := envOf(c)
		if err != nil {
			return err
		}
		return Hint(c.App.Writer, env, c.Args().Slice())
	},
}

// Hint shows the next hint of a problem of the running session and records
// when it was taken.
func Hint(w io.Writer, env *Env, args []string) error {
	if len(args) > 1 {
		return usageError("name at most one problem: judge hint [SLUG]")
	}
	unlock, err := env.Store.Lock()
	if err != nil {
		return err
	}
	defer unlock()
	s, err := env.Store.Load()
	if err != nil {
		return err
	}
	now := env.Now()
	if s != nil && s.KindOf() != session.KindCoding {
		return usageError("hints are for coding rounds; in an ML design round `judge facts WORD` answers clarifying questions")
	}
	switch s.PhaseAt(now) {
	case session.NoSession:
		return usageError("no round is running: hints are for a round (`judge start SLUG`); after one, `judge solution SLUG` shows the write-up")
	case session.Judged:
		return usageError("the round is judged: `judge solution %s` shows the reference and its write-up", s.Problems[0].Slug)
	}
	i := 0
	switch {
	case len(args) == 1:
		i = -1
		for k, p := range s.Problems {
			if p.Slug == args[0] {
				i = k
			}
		}
		if i < 0 {
			return usageError("%s is not in this round (it has %s)", args[0], strings.Join(s.Slugs(), ", "))
		}
	case len(s.Problems) > 1:
		return usageError("this round has %d problems: name one, e.g. judge hint %s", len(s.Problems), s.Problems[0].Slug)
	}
	b, err := env.Bank(s.ProblemDirs)
	if err != nil {
		return err
	}
	p, err := b.Find(s.Problems[i].Slug)
	if err != nil {
		return err
	}
	sp := &s.Problems[i]
	if len(p.Hints) == 0 {
		return usageError("%s has no hints", p.Slug)
	}
	if len(sp.Hints) >= len(p.Hints) {
		fmt.Fprintf(w, "No more hints for %s: you have seen all %d.\n", p.Slug, len(p.Hints))
		for k, h := range p.Hints {
			fmt.Fprintf(w, "  %d. %s\n", k+1, h)
		}
		return nil
	}
	at := int(now.Sub(s.Started) / time.Second)
	sp.Hints = append(sp.Hints, at)
	if err := env.Store.Save(s); err != nil {
		return err
	}
	n := len(sp.Hints)
	fmt.Fprintf(w, "%s %s\n", heading.Sprintf("Hint %d of %d for %s:", n, len(p.Hints), p.Slug), p.Hints[n-1])
	fmt.Fprintln(w, faint.Sprintf("Noted at %s into the round; the review will say so.", session.Elapsed(now.Sub(s.Started))))
	return nil
}
