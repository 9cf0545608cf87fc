package problem

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
)

// A Plan is an order to practise problems in, in sections: the standard
// roadmap, one company's most frequent questions, the design questions,
// or the whole bank topic by topic.
type Plan struct {
	Name  string `json:"name"`
	Title string `json:"title"`
	// Derived says how a plan is made from the bank rather than listed:
	// "topics" (every problem under its first topic, in Topics' order,
	// easy first) or "design" (every problem of the design topic, the
	// listed ones first).
	Derived  string    `json:"derived,omitempty"`
	Sections []Section `json:"sections,omitempty"`
}

// A Section is a named run of a plan's problems, by slug.
type Section struct {
	Name     string   `json:"name"`
	Problems []string `json:"problems"`
}

// ParsePlans reads plans.json: {"plans": [Plan...]}.
func ParsePlans(data []byte) ([]Plan, error) {
	var f struct {
		Plans []Plan `json:"plans"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("plans.json: %w", err)
	}
	seen := map[string]bool{}
	for _, p := range f.Plans {
		if p.Name == "" || seen[p.Name] {
			return nil, fmt.Errorf("plans.json: plan %q: a plan needs a name of its own", p.Name)
		}
		seen[p.Name] = true
		switch p.Derived {
		case "", "topics", "design":
		default:
			return nil, fmt.Errorf("plans.json: plan %s: derived is %q; want topics or design", p.Name, p.Derived)
		}
		if p.Derived == "" && len(p.Sections) == 0 {
			return nil, fmt.Errorf("plans.json: plan %s lists no problems", p.Name)
		}
	}
	return f.Plans, nil
}

// Resolve is p over the problems at hand: listed problems the bank lacks
// are left out (and returned in missing), derived sections are made from
// the bank, and empty sections go.
func (p Plan) Resolve(bank []*Problem) (resolved Plan, missing []string) {
	bySlug := make(map[string]*Problem, len(bank))
	for _, q := range bank {
		bySlug[q.Slug] = q
	}
	out := Plan{Name: p.Name, Title: p.Title, Derived: p.Derived}
	listed := map[string]bool{}
	for _, s := range p.Sections {
		sec := Section{Name: s.Name}
		for _, slug := range s.Problems {
			listed[slug] = true
			if bySlug[slug] == nil {
				missing = append(missing, slug)
				continue
			}
			sec.Problems = append(sec.Problems, slug)
		}
		if len(sec.Problems) > 0 {
			out.Sections = append(out.Sections, sec)
		}
	}
	byLevel := func(a, b *Problem) int {
		return cmp.Or(cmp.Compare(slices.Index(Difficulties, a.Difficulty), slices.Index(Difficulties, b.Difficulty)), cmp.Compare(a.Slug, b.Slug))
	}
	switch p.Derived {
	case "topics":
		for _, t := range Topics {
			var qs []*Problem
			for _, q := range bank {
				if len(q.Topics) > 0 && q.Topics[0] == t {
					qs = append(qs, q)
				}
			}
			slices.SortFunc(qs, byLevel)
			sec := Section{Name: t}
			for _, q := range qs {
				sec.Problems = append(sec.Problems, q.Slug)
			}
			if len(sec.Problems) > 0 {
				out.Sections = append(out.Sections, sec)
			}
		}
	case "design":
		var qs []*Problem
		for _, q := range bank {
			if !listed[q.Slug] && slices.Contains(q.Topics, "design") {
				qs = append(qs, q)
			}
		}
		slices.SortFunc(qs, byLevel)
		sec := Section{Name: "More design questions"}
		for _, q := range qs {
			sec.Problems = append(sec.Problems, q.Slug)
		}
		if len(sec.Problems) > 0 {
			out.Sections = append(out.Sections, sec)
		}
	}
	return out, missing
}

// Slugs are the plan's problems in order.
func (p Plan) Slugs() []string {
	var out []string
	for _, s := range p.Sections {
		out = append(out, s.Problems...)
	}
	return out
}

// SectionOf is the name of the section holding slug, "" if none.
func (p Plan) SectionOf(slug string) string {
	for _, s := range p.Sections {
		if slices.Contains(s.Problems, slug) {
			return s.Name
		}
	}
	return ""
}
