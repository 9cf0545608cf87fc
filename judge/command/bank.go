package command

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/problems"
	"github.com/urfave/cli/v2"
)

// Bank is every problem the user can practise: the embedded ones and those
// of extra folders, by slug. An embedded problem is loaded the first time
// it is asked for: parsing the whole bank would cost every command tens of
// milliseconds, while most need one problem.
type Bank struct {
	mu     sync.Mutex
	slugs  []string                    // every slug, sorted
	bySlug map[string]*problem.Problem // the problems loaded so far
}

// LoadBank lists the embedded bank and loads the packages in extra
// folders; an extra package with an embedded slug replaces it.
func LoadBank(extra []string) (*Bank, error) {
	b := &Bank{bySlug: map[string]*problem.Problem{}}
	embedded, err := fs.ReadDir(problems.FS(), ".")
	if err != nil {
		return nil, err
	}
	slugs := map[string]bool{}
	for _, e := range embedded {
		if _, err := fs.Stat(problems.FS(), e.Name()+"/problem.json"); err == nil {
			slugs[e.Name()] = true
		}
	}
	for _, dir := range extra {
		if _, err := os.Stat(filepath.Join(dir, "problem.json")); err == nil {
			// A single package folder.
			p, err := problem.Load(os.DirFS(filepath.Dir(dir)), filepath.Base(dir))
			if err != nil {
				return nil, usageError("%v", err)
			}
			b.bySlug[p.Slug], slugs[p.Slug] = p, true
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
			b.bySlug[p.Slug], slugs[p.Slug] = p, true
		}
	}
	for slug := range slugs {
		b.slugs = append(b.slugs, slug)
	}
	sort.Strings(b.slugs)
	return b, nil
}

// load returns the problem with slug, loading it from the embedded bank
// the first time; ok is false when there is no such slug.
func (b *Bank) load(slug string) (p *problem.Problem, ok bool, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if p, ok := b.bySlug[slug]; ok {
		return p, true, nil
	}
	if _, found := slices.BinarySearch(b.slugs, slug); !found {
		return nil, false, nil
	}
	if p, err = problem.Load(problems.FS(), slug); err != nil {
		return nil, true, err
	}
	b.bySlug[slug] = p
	return p, true, nil
}

// All returns every problem, sorted by slug.
func (b *Bank) All() []*problem.Problem {
	var ps []*problem.Problem
	var broken []error
	for _, slug := range b.slugs {
		p, _, err := b.load(slug)
		if err != nil {
			broken = append(broken, err)
			continue
		}
		ps = append(ps, p)
	}
	if len(broken) > 0 {
		// The bank is verified in CI, so this is a development tree with a
		// package half-written: say so, and serve the rest.
		fmt.Fprintf(os.Stderr, "judge: warning: skipping broken packages of the embedded bank: %v\n", errors.Join(broken...))
	}
	return ps
}

func bankOf(c *cli.Context) (*Bank, error) {
	return LoadBank(c.StringSlice("problems"))
}

// Find returns the problem with slug, or an error naming the nearest slugs.
func (b *Bank) Find(slug string) (*problem.Problem, error) {
	p, ok, err := b.load(slug)
	if err != nil {
		return nil, err
	}
	if ok {
		return p, nil
	}
	msg := fmt.Sprintf("no problem %q", slug)
	if near := problem.Nearest(slug, b.slugs, 3); len(near) > 0 {
		msg += "; did you mean " + strings.Join(near, ", ") + "?"
	} else {
		msg += "; `judge list` shows them all"
	}
	return nil, usageError("%s", msg)
}
