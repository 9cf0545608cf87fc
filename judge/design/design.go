// Package design is the ML system design round: its prompts (a prompt, the
// facts an interviewer gives when asked, a rubric), loaded from any fs.FS
// in the format rounds/README.md describes; the notepad the round is
// written in; and the review of that notepad, which says only what it can
// check offline: sections present, words, rubric items mentioned.
package design

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/judgehq/judge/judge/notepad"
)

// Section is one stage of the structured approach, a heading of the
// notepad.
type Section struct {
	ID    string
	Title string
	// Minutes is the section's share of a 45-minute round.
	Minutes int
	// Guide says what goes in the section.
	Guide string
	// alias is the word a heading may start with instead of the title.
	alias string
}

// Sections are the notepad's headings, in order.
var Sections = []Section{
	{"clarify", "Clarify requirements", 5, "the goal, the users, the scale and the constraints; ask the interviewer: `judge facts WORD`", "clarif"},
	{"framing", "Frame as an ML task", 4, "what is predicted, for what, and which ML task it is; how the product goal becomes an ML objective", "fram"},
	{"data", "Data and labels", 7, "the sources, how labels are made and how late they arrive, negatives, sampling, splits, bias", "data"},
	{"features", "Features", 6, "user, item, context and cross features, embeddings, freshness, cold start", "feature"},
	{"model", "Model and loss", 9, "a baseline, the model and its loss, the stages (retrieval, ranking), the trade-offs", "model"},
	{"evaluation", "Offline and online evaluation", 7, "an offline metric that matches the objective; the A/B test, its online metric and guardrails", "evaluat"},
	{"serving", "Serving and monitoring", 7, "latency and cost, caching, retraining, drift, monitoring, fallbacks", "serv"},
}

// Minutes is the round's default clock.
const Minutes = 45

// SectionIDs lists the sections' ids.
func SectionIDs() []string {
	out := make([]string, len(Sections))
	for i, s := range Sections {
		out[i] = s.ID
	}
	return out
}

func sectionIndex(id string) int {
	for i, s := range Sections {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// Fact is what the interviewer answers when asked about its topic.
type Fact struct {
	Topic string `json:"topic"`
	// Ask are words a question about it may use.
	Ask    []string `json:"ask"`
	Answer string   `json:"answer"`
}

// Item is one thing a strong answer covers.
type Item struct {
	ID      string `json:"id"`
	Section string `json:"section"`
	What    string `json:"what"`
	// Terms must all be mentioned in one section; "|" separates synonyms.
	Terms []string `json:"terms"`
	Why   string   `json:"why,omitempty"`

	terms []notepad.Term
}

// Prompt is one ML design question.
type Prompt struct {
	Slug   string   `json:"-"`
	Title  string   `json:"title"`
	Tags   []string `json:"tags,omitempty"`
	Facts  []Fact   `json:"facts"`
	Rubric []Item   `json:"rubric"`
	// Text is prompt.md: what the interviewer says first.
	Text string `json:"-"`

	// problems are what Load found wrong but could live with; Check
	// reports them.
	problems []string
}

// The files of a prompt's folder.
const (
	MetaFile   = "design.json"
	PromptFile = "prompt.md"
)

// Load reads the prompt in folder dir of fsys; the folder's name is its
// slug.
func Load(fsys fs.FS, dir string) (*Prompt, error) {
	slug := path.Base(dir)
	meta, err := fs.ReadFile(fsys, path.Join(dir, MetaFile))
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", slug, err)
	}
	dec := json.NewDecoder(bytes.NewReader(meta))
	dec.DisallowUnknownFields()
	p := &Prompt{}
	if err := dec.Decode(p); err != nil {
		return nil, fmt.Errorf("load %s: %s: %w", slug, MetaFile, err)
	}
	text, err := fs.ReadFile(fsys, path.Join(dir, PromptFile))
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", slug, err)
	}
	p.Slug, p.Text = slug, strings.TrimSpace(string(text))
	for i := range p.Rubric {
		it := &p.Rubric[i]
		for _, s := range it.Terms {
			t, err := notepad.ParseTerm(s)
			if err != nil {
				p.problems = append(p.problems, fmt.Sprintf("rubric item %q: %v", it.ID, err))
				continue
			}
			it.terms = append(it.terms, t)
		}
	}
	return p, nil
}

// LoadAll loads every prompt in the folders of root that hold a
// design.json, sorted by slug.
func LoadAll(fsys fs.FS, root string) ([]*Prompt, error) {
	entries, err := fs.ReadDir(fsys, root)
	if err != nil {
		return nil, err
	}
	var out []*Prompt
	var errs []error
	for _, e := range entries {
		dir := path.Join(root, e.Name())
		if !e.IsDir() {
			continue
		}
		if _, err := fs.Stat(fsys, path.Join(dir, MetaFile)); err != nil {
			continue
		}
		p, err := Load(fsys, dir)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Slug < out[j].Slug })
	return out, errors.Join(errs...)
}

// Item returns the rubric item with id.
func (p *Prompt) Item(id string) (*Item, bool) {
	for i := range p.Rubric {
		if p.Rubric[i].ID == id {
			return &p.Rubric[i], true
		}
	}
	return nil, false
}

// ItemIDs lists the rubric's ids, in order.
func (p *Prompt) ItemIDs() []string {
	out := make([]string, len(p.Rubric))
	for i, it := range p.Rubric {
		out[i] = it.ID
	}
	return out
}
