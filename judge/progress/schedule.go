package progress

import (
	"time"

	"github.com/judgehq/judge/judge/session"
)

// Intervals are the days until the next review after each on-time pass in
// a row, as flashcard schedulers space them: roughly doubling. A fast pass
// (within half the clock) skips a step.
var Intervals = []int{3, 7, 15, 30, 60}

// Card is one attempted problem on the review schedule.
type Card struct {
	Slug string
	// Attempts counts every attempt; Last is the latest.
	Attempts int
	Last     Attempt
	// Accepted: ever accepted, on time or not; SolvedOnTime: ever
	// accepted in a round finished on time.
	Accepted     bool
	SolvedOnTime bool
	// Streak is the on-time passes since the last failure, each fast one
	// counting twice; Interval the days from the last attempt's day to Due.
	Streak   int
	Interval int
	// Due is the first instant of the day the problem is due again.
	Due time.Time
}

// IsDue reports whether the card is due for review at now.
func (c *Card) IsDue(now time.Time) bool { return !now.Before(c.Due) }

// Schedule is the review schedule of the attempts (oldest first), by
// slug. A failure, an abandon, an overtime pass or a pass outside a round
// makes a problem due the next day and starts its spacing over; an
// on-time pass spaces it out by the next of Intervals. Days are calendar
// days in loc.
func Schedule(attempts []Attempt, loc *time.Location) map[string]*Card {
	cards := map[string]*Card{}
	for _, a := range attempts {
		c := cards[a.Slug]
		if c == nil {
			c = &Card{Slug: a.Slug}
			cards[a.Slug] = c
		}
		c.Attempts++
		c.Last = a
		c.Accepted = c.Accepted || a.Accepted
		c.SolvedOnTime = c.SolvedOnTime || a.OnTime
		if a.OnTime {
			c.Streak++
			if a.Fast() {
				c.Streak++
			}
			c.Interval = Intervals[min(c.Streak, len(Intervals))-1]
		} else {
			c.Streak, c.Interval = 0, 1
		}
		c.Due = DayOf(a.At, loc).Add(c.Interval).Start(loc)
	}
	return cards
}

// Statuses is the status of every attempted problem, by slug: solved once
// accepted on time in a round or accepted outside any round (a fix judged
// with `judge submit --problem`), else attempted. Problems not in it are
// new.
func Statuses(records []session.Record) map[string]string {
	out := map[string]string{}
	for _, a := range Attempts(records) {
		if a.OnTime || a.Practice && a.Accepted {
			out[a.Slug] = session.StatusSolved
		} else if out[a.Slug] == "" {
			out[a.Slug] = session.StatusAttempted
		}
	}
	return out
}
