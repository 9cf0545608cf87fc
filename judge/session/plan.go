package session

import (
	"fmt"
	"time"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
)

// Stage is one step of the structured approach to a problem.
type Stage struct {
	Name string
	// Minutes is the stage's share of a 17-minute problem; longer or
	// shorter clocks scale every stage alike.
	Minutes int
	// Prompt says what to do in the stage.
	Prompt string
}

// Stages are the steps of one problem, in order.
var Stages = []Stage{
	{"clarify", 3, "restate the problem, ask about edge cases, write test cases with expected outputs"},
	{"plan", 5, "choose an approach, weigh trade-offs, state its time and space complexity"},
	{"code", 5, "write the solution in one clean pass"},
	{"pseudo-run", 2, "trace your code by hand on your test cases"},
	{"close", 2, "restate the complexity; think of follow-ups and how you would change the code"},
}

func stageMinutes() int {
	n := 0
	for _, s := range Stages {
		n += s.Minutes
	}
	return n
}

// Slot is one stage of a round on its clock: a stage of one problem of a
// coding round, a section of a design round, a question of a behavioral
// round.
type Slot struct {
	// Problem indexes the round's problems, or its questions; 0 in a
	// design round.
	Problem int
	// Slug is the problem's, the prompt's or the question's.
	Slug string
	// Stage indexes the stages of the round's kind: Stages, or
	// design.Sections; 0 in a behavioral round.
	Stage  int
	Start  time.Time
	End    time.Time
	name   string
	prompt string
}

// Name is the stage's name.
func (sl Slot) Name() string { return sl.name }

// Prompt says what to do in the slot.
func (sl Slot) Prompt() string { return sl.prompt }

// Plan lays the round's structured approach on its clock. A coding
// round's time splits evenly between the problems, and each problem's
// share between the stages in the 3:5:5:2:2 proportion; a design round's
// between its sections in proportion to their minutes; a behavioral
// round's evenly between its questions.
func (r *Round) Plan() []Slot {
	total := int64(r.Duration())
	// Multiplying first keeps whole-second boundaries whole; a day's clock
	// in nanoseconds times a few thousand units stays far from overflow.
	at := func(u, units int64) time.Time { return r.Started.Add(time.Duration(total * u / units)) }
	var out []Slot
	switch r.KindOf() {
	case KindDesign:
		bounds := design.Bounds(r.Duration())
		for i, sec := range design.Sections {
			out = append(out, Slot{Slug: r.Design.Slug, Stage: i, Start: r.Started.Add(bounds[i]), End: r.Started.Add(bounds[i+1]), name: sec.ID, prompt: sec.Title + ": " + sec.Guide})
		}
	case KindBehavioral:
		n := int64(len(r.Questions))
		for i, q := range r.Questions {
			out = append(out, Slot{Problem: i, Slug: q.ID, Start: at(int64(i), n), End: at(int64(i+1), n), name: "answer", prompt: q.Text + " (" + starParts() + ")"})
		}
	default:
		n := len(r.Problems)
		if n == 0 {
			return nil
		}
		units := int64(stageMinutes() * n)
		u := int64(0)
		for i, p := range r.Problems {
			for k, st := range Stages {
				sl := Slot{Problem: i, Slug: p.Slug, Stage: k, Start: at(u, units), name: st.Name, prompt: st.Prompt}
				u += int64(st.Minutes)
				sl.End = at(u, units)
				out = append(out, sl)
			}
		}
	}
	return out
}

func starParts() string {
	var parts []string
	for _, p := range behavioral.Parts {
		parts = append(parts, p.ID)
	}
	return fmt.Sprint("STAR: ", joinWords(parts))
}

func joinWords(ws []string) string {
	out := ""
	for i, w := range ws {
		switch {
		case i == 0:
		case i == len(ws)-1:
			out += " and "
		default:
			out += ", "
		}
		out += w
	}
	return out
}

// SlotAt is the slot the user should be in at now; false before the start
// and from the deadline on.
func (r *Round) SlotAt(now time.Time) (Slot, bool) {
	for _, sl := range r.Plan() {
		if !now.Before(sl.Start) && now.Before(sl.End) {
			return sl, true
		}
	}
	return Slot{}, false
}
