package progress

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/session"
)

// The kinds of a suggestion.
const (
	// KindReview: attempted, and due for review.
	KindReview = "review"
	// KindNew: never attempted.
	KindNew = "new"
	// KindUnsolved: attempted, not solved on time, not yet due.
	KindUnsolved = "unsolved"
)

// Suggestion is one problem to practise next, with why.
type Suggestion struct {
	Slug       string `json:"slug"`
	Title      string `json:"title,omitempty"`
	Difficulty string `json:"difficulty,omitempty"`
	Kind       string `json:"kind"`
	Reason     string `json:"reason"`
	// Due is when the problem is due for review, null for a new one.
	Due *time.Time `json:"due"`
}

// Next is what to practise, best first, at most limit (0: all): the
// problems due for review, oldest due first; then the new problems of
// plan (resolved against in.Bank), the next one of the weakest topic
// first, then in the plan's order; then the bank's other new problems,
// topic by topic; then the unsolved problems not yet due, soonest first.
// So the list is never empty while a problem is not solved on time.
func Next(in Input, plan problem.Plan, limit int) []Suggestion {
	loc := in.Now.Location()
	today := DayOf(in.Now, loc)
	cards := Schedule(Attempts(in.Records), loc)
	all := universe(in.Bank, cards)
	titles := map[string]string{}
	for _, p := range in.Bank {
		titles[p.Slug] = p.Title
	}
	out := []Suggestion{}
	add := func(slug, kind, reason string, due *time.Time) {
		out = append(out, Suggestion{Slug: slug, Title: titles[slug], Difficulty: all[slug].difficulty, Kind: kind, Reason: reason, Due: due})
	}

	var due, waiting []*Card
	for _, c := range cards {
		switch {
		case c.IsDue(in.Now):
			due = append(due, c)
		case !c.SolvedOnTime:
			waiting = append(waiting, c)
		}
	}
	byDue := func(a, b *Card) int { return cmp.Or(a.Due.Compare(b.Due), cmp.Compare(a.Slug, b.Slug)) }
	slices.SortFunc(due, byDue)
	slices.SortFunc(waiting, byDue)
	for _, c := range due {
		d := c.Due
		add(c.Slug, KindReview, lastOutcome(c, today, loc), &d)
	}

	// The plan's new problems, the weakest topic's first.
	offered := map[string]bool{}
	planName := plan.Name + " plan"
	var fresh []string
	for _, slug := range plan.Slugs() {
		if cards[slug] == nil && !offered[slug] {
			fresh = append(fresh, slug)
			offered[slug] = true
		}
	}
	if t, s, a := weakestTopic(cards, all, fresh); t != "" {
		for i, slug := range fresh {
			if slices.Contains(all[slug].topics, t) {
				add(slug, KindNew, fmt.Sprintf("next in the %s for %s, your weakest topic: %d of %d tried solved on time", planName, t, s, a), nil)
				fresh = slices.Delete(fresh, i, i+1)
				break
			}
		}
	}
	for _, slug := range fresh {
		sec := plan.SectionOf(slug)
		solved, total := 0, 0
		for _, s := range plan.Sections {
			if s.Name == sec {
				for _, q := range s.Problems {
					total++
					if c := cards[q]; c != nil && c.SolvedOnTime {
						solved++
					}
				}
			}
		}
		add(slug, KindNew, fmt.Sprintf("next in the %s: %s, %d of %d solved", planName, sec, solved, total), nil)
	}

	// The rest of the bank, in the learn order: topic, difficulty, slug.
	var others []*problem.Problem
	for _, p := range in.Bank {
		if cards[p.Slug] == nil && !offered[p.Slug] {
			others = append(others, p)
		}
	}
	slices.SortFunc(others, learnOrder)
	for _, p := range others {
		add(p.Slug, KindNew, fmt.Sprintf("new, beyond the %s: %s", planName, firstTopic(p.Topics)), nil)
	}

	for _, c := range waiting {
		d := c.Due
		add(c.Slug, KindUnsolved, fmt.Sprintf("%s; due for review %s", lastOutcome(c, today, loc), dayPhrase(DayOf(d, loc).Since(today), true)), &d)
	}
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// weakestTopic is the topic of the fresh problems where the user fails
// most: the fewest of the problems tried solved on time, smoothed so that
// one attempt does not decide, and fewer than half. "" when no topic is
// that weak.
func weakestTopic(cards map[string]*Card, all map[string]meta, fresh []string) (topic string, solved, attempted int) {
	scores := topicScores(cards, all)
	best := 0.0
	for _, slug := range fresh {
		for _, t := range all[slug].topics {
			s := scores[t]
			if s == nil || 2*s.Solved >= s.Attempted {
				continue
			}
			if w := s.Weakness(); w > best || w == best && t < topic {
				best, topic, solved, attempted = w, t, s.Solved, s.Attempted
			}
		}
	}
	return topic, solved, attempted
}

// TopicScore is how the user does on one topic, counting problems: those
// attempted, and those of them solved on time.
type TopicScore struct {
	Topic     string
	Solved    int
	Attempted int
}

// Weakness is the share of the topic's attempted problems not solved on
// time, smoothed so that one problem does not decide: an untried topic is
// 0.5.
func (t TopicScore) Weakness() float64 {
	return float64(t.Attempted-t.Solved+1) / float64(t.Attempted+2)
}

// Topics scores every topic of the history's problems, weakest first
// (ties by name).
func Topics(records []session.Record) []TopicScore {
	cards := Schedule(Attempts(records), time.UTC)
	var out []TopicScore
	for _, s := range topicScores(cards, universe(nil, cards)) {
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b TopicScore) int {
		return cmp.Or(cmp.Compare(b.Weakness(), a.Weakness()), cmp.Compare(a.Topic, b.Topic))
	})
	return out
}

func topicScores(cards map[string]*Card, all map[string]meta) map[string]*TopicScore {
	scores := map[string]*TopicScore{}
	for slug, c := range cards {
		for _, t := range all[slug].topics {
			s := scores[t]
			if s == nil {
				s = &TopicScore{Topic: t}
				scores[t] = s
			}
			s.Attempted++
			if c.SolvedOnTime {
				s.Solved++
			}
		}
	}
	return scores
}

// lastOutcome says how the card's last attempt went, and when.
func lastOutcome(c *Card, today Day, loc *time.Location) string {
	a := c.Last
	when := dayPhrase(today.Since(DayOf(a.At, loc)), false)
	switch {
	case a.OnTime:
		return fmt.Sprintf("solved on time %s; review it before it fades (then in %d days)", when, nextInterval(c))
	case a.Abandoned:
		return "abandoned " + when
	case a.Accepted && a.Practice:
		return fmt.Sprintf("accepted %s outside a round; now solve it on the clock", when)
	case a.Accepted:
		return fmt.Sprintf("accepted %s but %s over time", when, clock(a.OvertimeSeconds))
	case a.Overtime:
		return fmt.Sprintf("failed %s: %s, over time", when, a.Verdict)
	default:
		return fmt.Sprintf("failed %s: %s", when, a.Verdict)
	}
}

// nextInterval is the gap an on-time pass of the card would set now.
func nextInterval(c *Card) int {
	return Intervals[min(c.Streak+1, len(Intervals))-1]
}

// dayPhrase says n days from or ago in words.
func dayPhrase(n int, future bool) string {
	switch {
	case n == 0:
		return "today"
	case n == 1 && future:
		return "tomorrow"
	case n == 1:
		return "yesterday"
	case future:
		return fmt.Sprintf("in %d days", n)
	default:
		return fmt.Sprintf("%d days ago", n)
	}
}

// clock is seconds as m:ss.
func clock(s int) string { return fmt.Sprintf("%d:%02d", s/60, s%60) }

func firstTopic(ts []string) string {
	if len(ts) == 0 {
		return "no topic"
	}
	return ts[0]
}

// learnOrder sorts problems by first topic in the preparation plan's
// order, then difficulty, then slug.
func learnOrder(a, b *problem.Problem) int {
	rank := func(p *problem.Problem) int {
		if i := slices.Index(problem.Topics, firstTopic(p.Topics)); i >= 0 {
			return i
		}
		return len(problem.Topics)
	}
	return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(firstTopic(a.Topics), firstTopic(b.Topics)),
		cmp.Compare(slices.Index(problem.Difficulties, a.Difficulty), slices.Index(problem.Difficulties, b.Difficulty)),
		cmp.Compare(a.Slug, b.Slug))
}

// Favour is how much more a mock should favour each problem (by slug):
// those due for review many times more, so that one solved within the
// mock's recency window (which weighs it a twentieth) still comes up as
// often as any other.
func Favour(attempts []Attempt, now time.Time) func(slug string) float64 {
	cards := Schedule(attempts, now.Location())
	return func(slug string) float64 {
		if c := cards[slug]; c != nil && c.IsDue(now) {
			return 20
		}
		return 1
	}
}
