package design

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/notepad"
)

// Tags are the kinds of system a prompt may be tagged with.
var Tags = []string{"recommendation", "ranking", "classification", "regression", "search", "ads", "integrity", "nlp", "vision", "marketplace", "forecasting", "graph"}

// The least a prompt carries.
const (
	MinItems = 8
	MinFacts = 4
)

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Check lists what is wrong with p, for `judge verify`: every section
// covered by a rubric item, every item with terms that parse, enough
// items and facts, a fact on the scale, and a blank notepad that mentions
// nothing.
func Check(p *Prompt) []string {
	out := append([]string(nil), p.problems...)
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if !idPattern.MatchString(p.Slug) {
		bad("the folder name %q is not a slug (lower-case words joined by -)", p.Slug)
	}
	if strings.TrimSpace(p.Title) == "" {
		bad("%s: no title", MetaFile)
	}
	if p.Text == "" {
		bad("%s is empty", PromptFile)
	}
	for _, t := range p.Tags {
		if !slices.Contains(Tags, t) {
			bad("%s: unknown tag %q; tags: %s", MetaFile, t, strings.Join(Tags, ", "))
		}
	}

	if len(p.Facts) < MinFacts {
		bad("%s: %d facts, want at least %d (the scale, the goal, the latency, the data…)", MetaFile, len(p.Facts), MinFacts)
	}
	scale := false
	topics := map[string]bool{}
	for i, f := range p.Facts {
		name := fmt.Sprintf("facts[%d] (%s)", i, f.Topic)
		switch {
		case strings.TrimSpace(f.Topic) == "":
			bad("%s: facts[%d] has no topic", MetaFile, i)
		case topics[f.Topic]:
			bad("%s: two facts on the topic %q", MetaFile, f.Topic)
		}
		topics[f.Topic] = true
		if strings.TrimSpace(f.Answer) == "" {
			bad("%s: %s has no answer", MetaFile, name)
		}
		if len(f.Ask) == 0 {
			bad("%s: %s has no ask words (the words a question about it uses)", MetaFile, name)
		}
		for _, a := range append([]string{f.Topic}, f.Ask...) {
			if len(QuestionWords(a)) == 0 {
				bad("%s: %s: %q is only stop words: no question could ask it", MetaFile, name, a)
			} else if len(QuestionWords(a)) != len(notepad.Words(a)) {
				bad("%s: %s: %q holds a stop word, which questions never match", MetaFile, name, a)
			}
		}
		if f.Topic == "scale" || slices.Contains(f.Ask, "scale") {
			scale = true
		}
	}
	if !scale {
		bad("%s: no fact answers a question on the scale (a fact with topic or ask word \"scale\")", MetaFile)
	}

	if len(p.Rubric) < MinItems {
		bad("%s: %d rubric items, want at least %d", MetaFile, len(p.Rubric), MinItems)
	}
	ids := map[string]bool{}
	covered := map[string]int{}
	for i, it := range p.Rubric {
		name := fmt.Sprintf("rubric[%d] (%s)", i, it.ID)
		if !idPattern.MatchString(it.ID) {
			bad("%s: rubric[%d]: id %q is not lower-case words joined by -", MetaFile, i, it.ID)
		}
		if ids[it.ID] {
			bad("%s: two rubric items with id %q", MetaFile, it.ID)
		}
		ids[it.ID] = true
		if sectionIndex(it.Section) < 0 {
			bad("%s: %s: unknown section %q; sections: %s", MetaFile, name, it.Section, strings.Join(SectionIDs(), ", "))
		}
		covered[it.Section]++
		if strings.TrimSpace(it.What) == "" {
			bad("%s: %s says nothing in \"what\"", MetaFile, name)
		}
		if len(it.Terms) == 0 {
			bad("%s: %s has no terms: nothing could ever mention it", MetaFile, name)
		}
	}
	for _, s := range Sections {
		if covered[s.ID] == 0 {
			bad("%s: no rubric item covers the section %q (%s)", MetaFile, s.ID, s.Title)
		}
	}

	blank := ReviewNotes(p, Template(p, Minutes*time.Minute), Minutes*time.Minute)
	for _, s := range blank.Sections {
		if !s.Present || !s.Empty {
			bad("the blank notepad's section %q is not read as present and empty", s.Title)
		}
	}
	for _, it := range blank.Items {
		if it.Mentioned {
			bad("%s: rubric item %q is mentioned by the blank notepad: its terms match the template", MetaFile, it.ID)
		}
	}
	return out
}
