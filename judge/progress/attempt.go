// Package progress derives what the history says about a user's practice:
// per-topic and per-plan figures, activity and readiness (Stats), the
// spaced-review schedule and what to practise next (Next). It holds pure
// functions of the history's records, the bank and a time: the history
// stays the single source of truth, and nothing here is stored.
package progress

import (
	"slices"
	"time"

	"github.com/judgehq/judge/judge/session"
)

// Attempt is one problem tried once, as progress counts it.
type Attempt struct {
	Slug       string
	Difficulty string
	Topics     []string
	Session    string
	// Format is the mock format of the round, "" for a round started by
	// name and for practice.
	Format string
	// At is when the attempt ended: the round's submit or abandon, or the
	// practice file's judging.
	At time.Time
	// Practice: a file judged outside any round (`judge submit
	// --problem`); it can be accepted, never on time.
	Practice  bool
	Abandoned bool
	Verdict   string
	// Accepted: the judge accepted it, on time or not.
	Accepted bool
	// OnTime: accepted in a round judged before its deadline.
	OnTime bool
	// Overtime: the round's files were edited after its deadline.
	Overtime bool
	// OvertimeSeconds is by how much.
	OvertimeSeconds int
	// SecondsUsed is the file's last edit from the round's start, 0 when
	// unknown; Clock is the round's clock, 0 for practice. In a round of
	// two problems both count from the start, as the interviewer's clock
	// does.
	SecondsUsed int
	Clock       int
}

// Timed reports whether the attempt tells how long the problem took on a
// clock.
func (a *Attempt) Timed() bool { return !a.Practice && a.SecondsUsed > 0 && a.Clock > 0 }

// Fast reports whether the attempt was accepted on time, its last edit
// within the first half of the round's clock.
func (a *Attempt) Fast() bool { return a.OnTime && a.Timed() && 2*a.SecondsUsed <= a.Clock }

// Attempts lists the attempts of the history's records, oldest first. An
// abandoned problem whose file was never edited was not attempted, and
// neither was a round re-dealt untouched (the history does not record it).
func Attempts(records []session.Record) []Attempt {
	n := 0
	for i := range records {
		n += len(records[i].Attempts)
	}
	out := make([]Attempt, 0, n)
	for i := range records {
		r := &records[i]
		for j := range r.Attempts {
			a := &r.Attempts[j]
			if r.Outcome == session.OutcomeAbandoned && !a.Edited {
				continue
			}
			at := Attempt{
				Slug: a.Slug, Difficulty: a.Difficulty, Topics: a.Topics,
				Session: r.Session, Format: r.Format, At: r.Ended,
				Practice:  r.Outcome == session.OutcomePractice,
				Abandoned: r.Outcome == session.OutcomeAbandoned,
				Verdict:   a.Verdict, Accepted: a.Verdict == "accepted",
				OnTime:   r.Solved(*a),
				Overtime: r.Overtime, OvertimeSeconds: r.OvertimeSeconds,
				SecondsUsed: a.SecondsUsed,
			}
			if !at.Practice {
				at.Clock = int(r.Deadline.Sub(r.Started) / time.Second)
			}
			if at.At.IsZero() {
				at.At = r.Started
			}
			out = append(out, at)
		}
	}
	slices.SortStableFunc(out, func(a, b Attempt) int { return a.At.Compare(b.At) })
	return out
}

// Round is one timed round the user worked on: judged, or abandoned
// after an edit (which counts as not passed). Practice is no round.
type Round struct {
	Session string
	Format  string
	At      time.Time
	Judged  bool
	// Passed: judged on time with every problem accepted.
	Passed bool
}

// Rounds lists the rounds of the history's records, oldest first.
func Rounds(records []session.Record) []Round {
	out := make([]Round, 0, len(records))
	for i := range records {
		r := &records[i]
		if r.Outcome == session.OutcomePractice || len(r.Attempts) == 0 {
			continue
		}
		if r.Outcome == session.OutcomeAbandoned && r.Untouched() {
			continue
		}
		rd := Round{Session: r.Session, Format: r.Format, At: r.Ended, Judged: r.Outcome == session.OutcomeJudged}
		if rd.At.IsZero() {
			rd.At = r.Started
		}
		rd.Passed = rd.Judged
		for _, a := range r.Attempts {
			rd.Passed = rd.Passed && r.Solved(a)
		}
		out = append(out, rd)
	}
	slices.SortStableFunc(out, func(a, b Round) int { return a.At.Compare(b.At) })
	return out
}

// Day is a calendar day in the location of the time it was made from.
type Day struct{ y, m, d int }

// DayOf is t's calendar day in loc.
func DayOf(t time.Time, loc *time.Location) Day {
	y, m, d := t.In(loc).Date()
	return Day{y, int(m), d}
}

// Start is the day's first instant in loc.
func (d Day) Start(loc *time.Location) time.Time {
	return time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, loc)
}

// Add is the day n days later.
func (d Day) Add(n int) Day {
	t := time.Date(d.y, time.Month(d.m), d.d+n, 12, 0, 0, 0, time.UTC)
	return DayOf(t, time.UTC)
}

// Since is how many days d is after e.
func (d Day) Since(e Day) int {
	a := time.Date(d.y, time.Month(d.m), d.d, 12, 0, 0, 0, time.UTC)
	b := time.Date(e.y, time.Month(e.m), e.d, 12, 0, 0, 0, time.UTC)
	return int(a.Sub(b).Round(24*time.Hour) / (24 * time.Hour))
}

func (d Day) String() string {
	return time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
}
