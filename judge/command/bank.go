package command

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/problems"
	"github.com/urfave/cli/v2"
)

// Bank is every problem the user can practise: the embedded ones and those
// of extra folders, by slug.
type Bank struct {
	Problems []*problem.Problem
	bySlug   map[string]*problem.Problem
}

// LoadBank loads the embedded bank and the packages in extra folders; an
// extra package with an embedded slug replaces it.
func LoadBank(extra []string) (*Bank, error) {
	ps, err := problems.Load()
	if err != nil {
		// The bank is verified in CI, so this is a development tree with a
		// package half-written: say so, and serve the rest.
		fmt.Fprintf(os.Stderr, "judge: warning: skipping broken packages of the embedded bank: %v\n", err)
	}
	b := &Bank{bySlug: map[string]*problem.Problem{}}
	for _, p := range ps {
		b.bySlug[p.Slug] = p
	}
	for _, dir := range extra {
		if _, err := os.Stat(filepath.Join(dir, "problem.json")); err == nil {
			// A single package folder.
			p, err := problem.Load(os.DirFS(filepath.Dir(dir)), filepath.Base(dir))
			if err != nil {
				return nil, usageError("%v", err)
			}
			b.bySlug[p.Slug] = p
			continue
		}
		more, err := problem.LoadAll(os.DirFS(dir), ".")
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return nil, usageError("problems folder %s does not exist", dir)
			}
			return nil, usageError("%v", err)
		}
		for _, p := range more {
			b.bySlug[p.Slug] = p
		}
	}
	for _, p := range b.bySlug {
		b.Problems = append(b.Problems, p)
	}
	sort.Slice(b.Problems, func(i, j int) bool { return b.Problems[i].Slug < b.Problems[j].Slug })
	return b, nil
}

func bankOf(c *cli.Context) (*Bank, error) {
	return LoadBank(c.StringSlice("problems"))
}

// Find returns the problem with slug, or an error naming the nearest slugs.
func (b *Bank) Find(slug string) (*problem.Problem, error) {
	if p, ok := b.bySlug[slug]; ok {
		return p, nil
	}
	slugs := make([]string, 0, len(b.Problems))
	for _, p := range b.Problems {
		slugs = append(slugs, p.Slug)
	}
	msg := fmt.Sprintf("no problem %q", slug)
	if near := problem.Nearest(slug, slugs, 3); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, ", ") + "?"
	} else {
		msg += "; `judge list` shows them all"
	}
	return nil, usageError("%s", msg)
}
