package design

import (
	"fmt"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/notepad"
)

// Bounds splits a clock of d between the sections in proportion to their
// minutes: section i runs from Bounds[i] to Bounds[i+1], in whole seconds
// when d is.
func Bounds(d time.Duration) []time.Duration {
	units := int64(0)
	for _, s := range Sections {
		units += int64(s.Minutes)
	}
	out := []time.Duration{0}
	u := int64(0)
	for _, s := range Sections {
		u += int64(s.Minutes)
		out = append(out, time.Duration(int64(d)*u/units))
	}
	return out
}

func clock(d time.Duration) string {
	s := int(d / time.Second)
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// Template is the notepad of a round on p with a clock of d: the prompt
// quoted at the top, then a heading per section with its time and, in a
// comment, what goes there.
func Template(p *Prompt, d time.Duration) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# ML design: %s · %s\n\n", p.Title, clock(d))
	for _, line := range strings.Split(p.Text, "\n") {
		fmt.Fprintf(&b, "> %s\n", line)
	}
	b.WriteString(`
<!--
Write your answer under the headings below, one stage of the structured
approach each, in the time shown beside it. Ask the interviewer clarifying
questions with ` + "`judge facts WORD`" + ` (for example: judge facts users) and
note the answers under "Clarify requirements". The review counts your words
under each heading and the points of the rubric they mention; text inside
comments like this one, the headings and the quoted prompt never count.
-->
`)
	bounds := Bounds(d)
	for i, s := range Sections {
		fmt.Fprintf(&b, "\n## %d. %s · %s–%s\n<!-- %s -->\n\n", i+1, s.Title, clock(bounds[i]), clock(bounds[i+1]), s.Guide)
	}
	return b.String()
}

// SectionOf returns the index of the section a heading names, -1 if none:
// numbering and the time after " · " or " (" are ignored; the heading may
// be the title or start with the section's stem (Features, Modeling).
func SectionOf(heading string) int {
	h := strings.ToLower(strings.TrimSpace(heading))
	for _, sep := range []string{" · ", " (", " - ", " — ", " – ", ":"} {
		if i := strings.Index(h, sep); i > 0 {
			h = h[:i]
		}
	}
	h = strings.TrimLeft(h, "0123456789.) ")
	h = strings.TrimSpace(h)
	for i, s := range Sections {
		if h == strings.ToLower(s.Title) || h == s.ID {
			return i
		}
	}
	for i, s := range Sections {
		if strings.HasPrefix(h, s.alias) {
			return i
		}
	}
	return -1
}

// SectionReview is what the notes hold under one section.
type SectionReview struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Present: the notes have the heading.
	Present bool `json:"present"`
	Words   int  `json:"words"`
	// Empty: present with no words of the candidate's under it.
	Empty bool `json:"empty"`
	// PlannedSeconds is the section's share of the round's clock.
	PlannedSeconds int `json:"planned_seconds"`
}

// ItemReview is one rubric item and whether the notes mention it.
type ItemReview struct {
	ID      string `json:"id"`
	Section string `json:"section"`
	What    string `json:"what"`
	// Mentioned: every term of the item is in one section of the notes.
	Mentioned bool `json:"mentioned"`
	// FoundIn is that section's id.
	FoundIn string `json:"found_in,omitempty"`
	Why     string `json:"why,omitempty"`
}

// Review is what the notes of a design round show, checked offline.
type Review struct {
	Prompt   string          `json:"prompt"`
	Title    string          `json:"title"`
	Sections []SectionReview `json:"sections"`
	Items    []ItemReview    `json:"items"`
	// Mentioned of Total rubric items are in the notes.
	Mentioned int `json:"mentioned"`
	Total     int `json:"total"`
	Words     int `json:"words"`
	// Other are headings that name no section: their words count in the
	// total and for the items, under no section.
	Other []string `json:"other_headings,omitempty"`
}

// Complete reports whether every section is present and not empty.
func (r *Review) Complete() bool {
	for _, s := range r.Sections {
		if !s.Present || s.Empty {
			return false
		}
	}
	return true
}

// Gaps lists the sections missing or empty, by title.
func (r *Review) Gaps() (missing, empty []string) {
	for _, s := range r.Sections {
		switch {
		case !s.Present:
			missing = append(missing, s.Title)
		case s.Empty:
			empty = append(empty, s.Title)
		}
	}
	return missing, empty
}

// ReviewNotes reviews notes written for p on a clock of d.
func ReviewNotes(p *Prompt, notes string, d time.Duration) *Review {
	r := &Review{Prompt: p.Slug, Title: p.Title, Total: len(p.Rubric)}
	bounds := Bounds(d)
	words := make([][]string, len(Sections))
	for i, s := range Sections {
		r.Sections = append(r.Sections, SectionReview{ID: s.ID, Title: s.Title, PlannedSeconds: int((bounds[i+1] - bounds[i]) / time.Second)})
	}
	var other [][]string
	_, secs := notepad.Split(notes, 2)
	for _, s := range secs {
		ws := notepad.Words(notepad.Content(s.Body))
		r.Words += len(ws)
		i := SectionOf(s.Heading)
		if i < 0 {
			r.Other = append(r.Other, s.Heading)
			other = append(other, ws)
			continue
		}
		r.Sections[i].Present = true
		r.Sections[i].Words += len(ws)
		words[i] = append(words[i], ws...)
	}
	for i := range r.Sections {
		r.Sections[i].Empty = r.Sections[i].Present && r.Sections[i].Words == 0
	}
	for _, it := range p.Rubric {
		ir := ItemReview{ID: it.ID, Section: it.Section, What: it.What, Why: it.Why}
		// The item's own section first, so that FoundIn says it was where
		// it belongs when it was.
		order := []int{sectionIndex(it.Section)}
		for i := range Sections {
			order = append(order, i)
		}
		for _, i := range order {
			if i >= 0 && notepad.AllIn(it.terms, words[i]) {
				ir.Mentioned, ir.FoundIn = true, Sections[i].ID
				break
			}
		}
		for _, ws := range other {
			if !ir.Mentioned && notepad.AllIn(it.terms, ws) {
				ir.Mentioned = true
			}
		}
		if ir.Mentioned {
			r.Mentioned++
		}
		r.Items = append(r.Items, ir)
	}
	return r
}
