package progress

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/session"
)

// Input is what the figures are derived from.
type Input struct {
	Records []session.Record
	// Bank is every problem the user can practise.
	Bank []*problem.Problem
	// Plans are the practice plans, resolved against Bank.
	Plans []problem.Plan
	// Now is the time of the question; days are calendar days in its
	// location.
	Now time.Time
}

// ReadinessWindow is how many of the latest mock rounds of a format
// readiness looks at.
const ReadinessWindow = 5

// ChartDays is how many days the activity figures cover, today included.
const ChartDays = 30

// trendDays is the span whose pass rate is compared with the span before
// it for the trend.
const trendDays = 14

// Stats are the figures of `judge stats --json`. Problems are counted
// once each, however often they were attempted.
type Stats struct {
	// Date is today, in the figures' time zone.
	Date string `json:"date"`
	// Problems are all the problems: the bank's and those of the history.
	Problems     Count        `json:"problems"`
	Topics       []TopicStats `json:"topics"`
	Difficulties []Count      `json:"difficulties"`
	Plans        []Count      `json:"plans"`

	// DaysPractised counts the days with an attempt of any kind;
	// StreakDays the consecutive days with a judged round, up to today (a
	// today without one yet does not break it).
	DaysPractised int `json:"days_practised"`
	StreakDays    int `json:"streak_days"`
	// Rounds are timed rounds worked on: judged, or abandoned after an
	// edit (not passed). Passed: judged on time, every problem accepted.
	Rounds           int `json:"rounds"`
	RoundsPassed     int `json:"rounds_passed"`
	RoundsLast7Days  int `json:"rounds_last_7_days"`
	RoundsLast30Days int `json:"rounds_last_30_days"`
	// PassRate is RoundsPassed / Rounds; null with no round.
	PassRate *float64 `json:"pass_rate"`
	// PassRateLast14Days and PassRatePrevious14Days are the pass rates of
	// the last 14 days and of the 14 before; Trend compares them: up,
	// down, steady, or "" when either has no round.
	PassRateLast14Days     *float64 `json:"pass_rate_last_14_days"`
	PassRatePrevious14Days *float64 `json:"pass_rate_previous_14_days"`
	Trend                  string   `json:"trend"`
	// Days are the last ChartDays days, oldest first.
	Days []DayStats `json:"days"`
	// Readiness is per mock format.
	Readiness []Readiness `json:"readiness"`
}

// Count is how many problems of a group (a difficulty, a plan, all) are
// solved on time, attempted, and there are.
type Count struct {
	Name      string `json:"name,omitempty"`
	Title     string `json:"title,omitempty"`
	Solved    int    `json:"solved"`
	Attempted int    `json:"attempted"`
	Total     int    `json:"total"`
}

// TopicStats is one topic: its problems solved on time, attempted and in
// all, and how long they take against the clock.
type TopicStats struct {
	Topic     string `json:"topic"`
	Solved    int    `json:"solved"`
	Attempted int    `json:"attempted"`
	Total     int    `json:"total"`
	// Timed counts the problems with a timed attempt. Over each one's
	// latest: MedianSecondsUsed, the time from the round's start to the
	// file's last edit, and MedianClockShare, that time as a share of the
	// round's clock. Null when none is timed.
	Timed             int      `json:"timed"`
	MedianSecondsUsed *int     `json:"median_seconds_used"`
	MedianClockShare  *float64 `json:"median_clock_share"`
}

// DayStats is one day's rounds.
type DayStats struct {
	Date   string `json:"date"`
	Rounds int    `json:"rounds"`
	Passed int    `json:"passed"`
	// PassRate7Days is the pass rate of the 7 days ending on this one;
	// null when they hold no round.
	PassRate7Days *float64 `json:"pass_rate_7_days"`
}

// Readiness is how ready the user is for one interview format: the share
// of the latest mock rounds of that format (at most ReadinessWindow)
// passed on time.
type Readiness struct {
	Format string   `json:"format"`
	Rounds int      `json:"rounds"`
	Passed int      `json:"passed"`
	Share  *float64 `json:"share"`
}

// meta is what progress needs of a problem.
type meta struct {
	difficulty string
	topics     []string
}

// universe is every problem by slug: the bank's, and the history's that
// the bank does not hold (from a problems folder not given this time).
func universe(bank []*problem.Problem, cards map[string]*Card) map[string]meta {
	all := make(map[string]meta, len(bank))
	for _, p := range bank {
		all[p.Slug] = meta{p.Difficulty, p.Topics}
	}
	for slug, c := range cards {
		if _, ok := all[slug]; !ok {
			all[slug] = meta{c.Last.Difficulty, c.Last.Topics}
		}
	}
	return all
}

// ComputeStats derives the figures of in.
func ComputeStats(in Input) *Stats {
	loc := in.Now.Location()
	today := DayOf(in.Now, loc)
	attempts := Attempts(in.Records)
	cards := Schedule(attempts, loc)
	all := universe(in.Bank, cards)
	st := &Stats{Date: today.String()}

	tally := func(c *Count, slug string) {
		c.Total++
		if card := cards[slug]; card != nil {
			c.Attempted++
			if card.SolvedOnTime {
				c.Solved++
			}
		}
	}
	slugs := make([]string, 0, len(all))
	for slug := range all {
		slugs = append(slugs, slug)
	}
	slices.Sort(slugs)
	for _, slug := range slugs {
		tally(&st.Problems, slug)
	}

	// Topics: the preparation plan's order, then the rest by name.
	byTopic := map[string][]string{}
	for _, slug := range slugs {
		for _, t := range all[slug].topics {
			byTopic[t] = append(byTopic[t], slug)
		}
	}
	topics := slices.Clone(problem.Topics)
	var rest []string
	for t := range byTopic {
		if !slices.Contains(topics, t) {
			rest = append(rest, t)
		}
	}
	slices.Sort(rest)
	// Each problem's latest timed attempt: how long it takes now.
	timed := map[string]*Attempt{}
	for i := range attempts {
		if a := &attempts[i]; a.Timed() {
			timed[a.Slug] = a
		}
	}
	for _, t := range append(topics, rest...) {
		if len(byTopic[t]) == 0 {
			continue
		}
		var c Count
		var used []int
		var shares []float64
		for _, slug := range byTopic[t] {
			tally(&c, slug)
			if a := timed[slug]; a != nil {
				used = append(used, a.SecondsUsed)
				shares = append(shares, float64(a.SecondsUsed)/float64(a.Clock))
			}
		}
		ts := TopicStats{Topic: t, Solved: c.Solved, Attempted: c.Attempted, Total: c.Total, Timed: len(used)}
		if len(used) > 0 {
			m := int(math.Round(median(intsToFloats(used))))
			ts.MedianSecondsUsed = &m
			ts.MedianClockShare = share(median(shares))
		}
		st.Topics = append(st.Topics, ts)
	}

	for _, d := range problem.Difficulties {
		c := Count{Name: d}
		for _, slug := range slugs {
			if all[slug].difficulty == d {
				tally(&c, slug)
			}
		}
		st.Difficulties = append(st.Difficulties, c)
	}
	for _, p := range in.Plans {
		c := Count{Name: p.Name, Title: p.Title}
		for _, slug := range p.Slugs() {
			tally(&c, slug)
		}
		st.Plans = append(st.Plans, c)
	}

	activity(st, attempts, Rounds(in.Records), today, loc)
	return st
}

// activity fills st's days, streak, rounds, pass rates and readiness.
func activity(st *Stats, attempts []Attempt, rounds []Round, today Day, loc *time.Location) {
	practised := map[Day]bool{}
	for _, a := range attempts {
		practised[DayOf(a.At, loc)] = true
	}
	st.DaysPractised = len(practised)

	judgedOn := map[Day]bool{}
	perDay := map[Day]*DayStats{}
	var recent, previous [2]int // passed, rounds
	for _, r := range rounds {
		d := DayOf(r.At, loc)
		if r.Judged {
			judgedOn[d] = true
		}
		st.Rounds++
		if r.Passed {
			st.RoundsPassed++
		}
		ago := today.Since(d)
		if ago < 7 {
			st.RoundsLast7Days++
		}
		if ago < ChartDays {
			st.RoundsLast30Days++
		}
		switch {
		case ago < trendDays:
			recent[1]++
			recent[0] += b2i(r.Passed)
		case ago < 2*trendDays:
			previous[1]++
			previous[0] += b2i(r.Passed)
		}
		ds := perDay[d]
		if ds == nil {
			ds = &DayStats{Date: d.String()}
			perDay[d] = ds
		}
		ds.Rounds++
		ds.Passed += b2i(r.Passed)
	}
	day := today
	if !judgedOn[day] {
		day = day.Add(-1)
	}
	for judgedOn[day] {
		st.StreakDays++
		day = day.Add(-1)
	}
	st.PassRate = ratio(st.RoundsPassed, st.Rounds)
	st.PassRateLast14Days = ratio(recent[0], recent[1])
	st.PassRatePrevious14Days = ratio(previous[0], previous[1])
	if a, b := st.PassRateLast14Days, st.PassRatePrevious14Days; a != nil && b != nil {
		switch {
		case *a-*b >= 0.05:
			st.Trend = "up"
		case *b-*a >= 0.05:
			st.Trend = "down"
		default:
			st.Trend = "steady"
		}
	}

	for i := ChartDays - 1; i >= 0; i-- {
		d := today.Add(-i)
		ds := DayStats{Date: d.String()}
		if p := perDay[d]; p != nil {
			ds = *p
		}
		var passed, n int
		for k := range 7 {
			if p := perDay[d.Add(-k)]; p != nil {
				passed += p.Passed
				n += p.Rounds
			}
		}
		ds.PassRate7Days = ratio(passed, n)
		st.Days = append(st.Days, ds)
	}

	formats := []string{}
	for _, f := range session.Formats {
		formats = append(formats, f.Name)
	}
	for _, r := range rounds {
		if r.Format != "" && !slices.Contains(formats, r.Format) {
			formats = append(formats, r.Format)
		}
	}
	for _, f := range formats {
		rd := Readiness{Format: f}
		for i := len(rounds) - 1; i >= 0 && rd.Rounds < ReadinessWindow; i-- {
			if rounds[i].Format == f {
				rd.Rounds++
				rd.Passed += b2i(rounds[i].Passed)
			}
		}
		rd.Share = ratio(rd.Passed, rd.Rounds)
		st.Readiness = append(st.Readiness, rd)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ratio is a/b rounded to three decimals, nil when b is 0.
func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	return share(float64(a) / float64(b))
}

// share is x rounded to three decimals, so that JSON reads 0.667.
func share(x float64) *float64 {
	r := math.Round(x*1000) / 1000
	return &r
}

func intsToFloats(xs []int) []float64 {
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}

// median of xs, which it sorts; xs is not empty.
func median(xs []float64) float64 {
	slices.SortFunc(xs, cmp.Compare[float64])
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}
