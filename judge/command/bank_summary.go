package command

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/problems"
)

// Summaries are every problem of the bank as far as progress needs it:
// slug, title, difficulty and topics, read from problem.json alone. The
// figures of `judge stats` and `judge next` cover the whole bank, and
// loading every package in full (its tests, its mutants) took most of
// their time.
func (b *Bank) Summaries() []*problem.Problem {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]*problem.Problem, 0, len(b.slugs))
	var broken []error
	for _, slug := range b.slugs {
		if p := b.bySlug[slug]; p != nil {
			out = append(out, p)
			continue
		}
		raw, err := fs.ReadFile(problems.FS(), slug+"/problem.json")
		var m struct {
			Title      string   `json:"title"`
			Difficulty string   `json:"difficulty"`
			Topics     []string `json:"topics"`
		}
		if err == nil {
			err = json.Unmarshal(raw, &m)
		}
		if err != nil {
			broken = append(broken, fmt.Errorf("%s: %w", slug, err))
			continue
		}
		out = append(out, &problem.Problem{Slug: slug, Title: m.Title, Difficulty: m.Difficulty, Topics: m.Topics})
	}
	if len(broken) > 0 {
		fmt.Fprintf(os.Stderr, "judge: warning: skipping broken packages of the embedded bank: %v\n", broken)
	}
	return out
}
