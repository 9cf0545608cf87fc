package session

import "time"

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

// Slot is one stage of one problem on the session's clock.
type Slot struct {
	Problem int // index into Session.Problems
	Slug    string
	Stage   int // index into Stages
	Start   time.Time
	End     time.Time
}

// Name is the stage's name.
func (sl Slot) Name() string { return Stages[sl.Stage].Name }

// Prompt says what to do in the slot.
func (sl Slot) Prompt() string { return Stages[sl.Stage].Prompt }

// Plan lays the structured approach on the session's clock: the time splits
// evenly between the problems, and each problem's share splits between the
// stages in the 3:5:5:2:2 proportion.
func (s *Session) Plan() []Slot {
	n := len(s.Problems)
	if n == 0 {
		return nil
	}
	total := int64(s.Duration())
	units := int64(stageMinutes() * n)
	// Multiplying first keeps whole-second boundaries whole; a day's clock
	// in nanoseconds times a few thousand units stays far from overflow.
	at := func(u int64) time.Time { return s.Started.Add(time.Duration(total * u / units)) }
	var out []Slot
	u := int64(0)
	for i, p := range s.Problems {
		for k, st := range Stages {
			sl := Slot{Problem: i, Slug: p.Slug, Stage: k, Start: at(u)}
			u += int64(st.Minutes)
			sl.End = at(u)
			out = append(out, sl)
		}
	}
	return out
}

// SlotAt is the slot the user should be in at now; false before the start
// and from the deadline on.
func (s *Session) SlotAt(now time.Time) (Slot, bool) {
	for _, sl := range s.Plan() {
		if !now.Before(sl.Start) && now.Before(sl.End) {
			return sl, true
		}
	}
	return Slot{}, false
}
