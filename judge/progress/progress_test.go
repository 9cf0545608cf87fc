package progress

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/session"
)

// day0 is the first day of the tests' histories, 09:00 UTC.
var day0 = time.Date(2030, 1, 1, 9, 0, 0, 0, time.UTC)

// at is day d of the history, at 09:00 plus min minutes.
func at(d, min int) time.Time { return day0.AddDate(0, 0, d).Add(time.Duration(min) * time.Minute) }

// try is one problem of a test round: slug, verdict, minutes used (0: not
// edited).
type try struct {
	slug, verdict string
	used          int
}

var topicsOf = map[string][]string{
	"a1": {"array"}, "a2": {"array"}, "a3": {"array", "sorting"},
	"g1": {"graph"}, "g2": {"graph"}, "g3": {"graph"},
	"d1": {"dynamic-programming"}, "x1": {"rare-topic"},
}

var difficultyOf = map[string]string{"a1": "easy", "a2": "medium", "a3": "medium", "g1": "medium", "g2": "medium", "g3": "hard", "d1": "medium", "x1": "easy"}

func attempt(t try) session.Attempt {
	return session.Attempt{Slug: t.slug, Topics: topicsOf[t.slug], Difficulty: difficultyOf[t.slug], Verdict: t.verdict, SecondsUsed: 60 * t.used, Edited: t.used > 0}
}

// round is a judged round on day d with a clock of 17 minutes a problem,
// submitted after the last one used, overtime when that is past the clock.
func round(id string, d int, format string, tries ...try) session.Record {
	r := session.Record{Session: id, Format: format, Outcome: session.OutcomeJudged, Started: at(d, 0), Deadline: at(d, 17*len(tries))}
	last := 1
	for _, t := range tries {
		r.Attempts = append(r.Attempts, attempt(t))
		last = max(last, t.used)
	}
	r.Ended = at(d, last)
	if r.Ended.After(r.Deadline) {
		r.Overtime, r.OvertimeSeconds = true, int(r.Ended.Sub(r.Deadline)/time.Second)
	}
	return r
}

func abandoned(id string, d int, tries ...try) session.Record {
	r := round(id, d, "", tries...)
	r.Outcome, r.Overtime, r.OvertimeSeconds = session.OutcomeAbandoned, false, 0
	for i := range r.Attempts {
		r.Attempts[i].Verdict = session.VerdictAbandoned
	}
	return r
}

func practice(id string, d int, slug, verdict string) session.Record {
	t := at(d, 30)
	return session.Record{Session: id, Outcome: session.OutcomePractice, Started: t, Deadline: t, Ended: t, Attempts: []session.Attempt{{Slug: slug, Topics: topicsOf[slug], Difficulty: difficultyOf[slug], Verdict: verdict}}}
}

func testBank() []*problem.Problem {
	var out []*problem.Problem
	for _, slug := range []string{"a1", "a2", "a3", "d1", "g1", "g2", "g3"} {
		out = append(out, &problem.Problem{Slug: slug, Title: "T " + slug, Difficulty: difficultyOf[slug], Topics: topicsOf[slug]})
	}
	return out
}

func TestAttemptsLeaveOutWhatWasNotTried(t *testing.T) {
	records := []session.Record{
		abandoned("s1", 0, try{"a1", "", 5}, try{"a2", "", 0}),
		abandoned("s2", 1, try{"g1", "", 0}),
		practice("p1", 1, "a2", "accepted"),
		round("s3", 2, "phone", try{"a1", "accepted", 10}, try{"g1", "wrong_answer", 20}),
	}
	var got []string
	for _, a := range Attempts(records) {
		got = append(got, fmt.Sprintf("%s %s practice=%v abandoned=%v ontime=%v clock=%d", a.At.Format("01-02 15:04"), a.Slug, a.Practice, a.Abandoned, a.OnTime, a.Clock))
	}
	want := []string{
		"01-01 09:05 a1 practice=false abandoned=true ontime=false clock=2040",
		"01-02 09:30 a2 practice=true abandoned=false ontime=false clock=0",
		"01-03 09:20 a1 practice=false abandoned=false ontime=true clock=2040",
		"01-03 09:20 g1 practice=false abandoned=false ontime=false clock=2040",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("attempts (-want +got):\n%s", diff)
	}
	var rounds []string
	for _, r := range Rounds(records) {
		rounds = append(rounds, fmt.Sprintf("%s judged=%v passed=%v", r.Session, r.Judged, r.Passed))
	}
	if diff := cmp.Diff([]string{"s1 judged=false passed=false", "s3 judged=true passed=false"}, rounds); diff != "" {
		t.Errorf("rounds (-want +got):\n%s", diff)
	}
}

func TestSchedule(t *testing.T) {
	tests := []struct {
		name    string
		records []session.Record
		// due is the day the problem is next due, interval the gap.
		due, interval int
		solved        bool
	}{
		{"a failure is due the next day", []session.Record{round("r", 0, "", try{"a1", "wrong_answer", 10})}, 1, 1, false},
		{"an on-time pass is due in 3 days", []session.Record{round("r", 0, "", try{"a1", "accepted", 10})}, 3, 3, true},
		{"a fast pass skips a step", []session.Record{round("r", 0, "", try{"a1", "accepted", 8})}, 7, 7, true},
		{"passes in a row double", []session.Record{
			round("r1", 0, "", try{"a1", "accepted", 10}),
			round("r2", 3, "", try{"a1", "accepted", 10}),
			round("r3", 10, "", try{"a1", "accepted", 10}),
		}, 25, 15, true},
		{"the gaps stop growing at 60 days", []session.Record{
			round("r1", 0, "", try{"a1", "accepted", 1}),
			round("r2", 7, "", try{"a1", "accepted", 1}),
			round("r3", 37, "", try{"a1", "accepted", 1}),
			round("r4", 97, "", try{"a1", "accepted", 1}),
		}, 157, 60, true},
		{"a failure starts over", []session.Record{
			round("r1", 0, "", try{"a1", "accepted", 10}),
			round("r2", 3, "", try{"a1", "accepted", 10}),
			round("r3", 10, "", try{"a1", "runtime_error", 10}),
			round("r4", 11, "", try{"a1", "accepted", 10}),
		}, 14, 3, true},
		{"an overtime pass is due the next day", []session.Record{round("r", 0, "", try{"a1", "accepted", 20})}, 1, 1, false},
		{"a practice fix is due the next day, and not on time", []session.Record{
			round("r", 0, "", try{"a1", "wrong_answer", 10}),
			practice("p", 0, "a1", "accepted"),
		}, 1, 1, false},
		{"an abandon is due the next day", []session.Record{
			round("r1", 0, "", try{"a1", "accepted", 10}),
			abandoned("r2", 2, try{"a1", "", 4}),
		}, 3, 1, true},
		{"an untouched abandon changes nothing", []session.Record{
			round("r1", 0, "", try{"a1", "accepted", 10}),
			abandoned("r2", 2, try{"a1", "", 0}),
		}, 3, 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Schedule(Attempts(tt.records), time.UTC)["a1"]
			if c == nil {
				t.Fatal("no card for a1")
			}
			got := fmt.Sprintf("due %s interval %d solved %v", c.Due.Format(time.DateOnly), c.Interval, c.SolvedOnTime)
			want := fmt.Sprintf("due %s interval %d solved %v", at(tt.due, -9*60).Format(time.DateOnly), tt.interval, tt.solved)
			if got != want {
				t.Errorf("got %s, want %s", got, want)
			}
			if !c.Due.Equal(DayOf(at(tt.due, 0), time.UTC).Start(time.UTC)) {
				t.Errorf("due %v is not the start of a day", c.Due)
			}
		})
	}
}

// TestScheduleDays: days are calendar days where the user is: a failure
// late in the evening is due the next morning, not 24 hours later.
func TestScheduleDays(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	r := round("r", 0, "", try{"a1", "wrong_answer", 10})
	r.Ended = time.Date(2030, 1, 1, 14, 30, 0, 0, time.UTC) // 23:30 in Tokyo
	c := Schedule(Attempts([]session.Record{r}), tokyo)["a1"]
	if want := time.Date(2030, 1, 2, 0, 0, 0, 0, tokyo); !c.Due.Equal(want) {
		t.Errorf("due %v, want %v", c.Due, want)
	}
	if !c.IsDue(time.Date(2030, 1, 2, 7, 0, 0, 0, tokyo)) || c.IsDue(time.Date(2030, 1, 1, 23, 59, 0, 0, tokyo)) {
		t.Error("due the next calendar day from midnight on")
	}
}

func TestStats(t *testing.T) {
	records := []session.Record{
		round("r1", 0, "phone", try{"a1", "accepted", 5}, try{"g1", "wrong_answer", 30}),
		round("r2", 1, "", try{"a1", "accepted", 6}),
		round("r3", 2, "", try{"a2", "accepted", 20}), // overtime
		practice("p1", 2, "a2", "accepted"),
		abandoned("r4", 4, try{"g2", "", 3}),
		abandoned("r5", 4, try{"g3", "", 0}), // untouched: nothing
		round("r6", 5, "phone", try{"a3", "accepted", 10}, try{"g1", "accepted", 15}),
		round("r7", 6, "onsite", try{"d1", "time_limit_exceeded", 12}, try{"g2", "accepted", 14}),
		practice("p2", 7, "x1", "wrong_answer"), // a problem no longer in the bank
	}
	bank := testBank()
	plan, _ := problem.Plan{Name: "learn", Derived: "topics"}.Resolve(bank)
	st := ComputeStats(Input{Records: records, Bank: bank, Plans: []problem.Plan{plan}, Now: at(7, 8*60)})

	type topic struct {
		Topic                    string
		Solved, Attempted, Total int
		Timed, Median            int
		Share                    float64
	}
	var topics []topic
	for _, ts := range st.Topics {
		tp := topic{Topic: ts.Topic, Solved: ts.Solved, Attempted: ts.Attempted, Total: ts.Total, Timed: ts.Timed}
		if ts.MedianSecondsUsed != nil {
			tp.Median, tp.Share = *ts.MedianSecondsUsed, *ts.MedianClockShare
		}
		topics = append(topics, tp)
	}
	// Each problem's latest timed round, against the round's clock: a1 6
	// of 17 min, a2 20 of 17, a3 10 of 34; array's medians 10 min and
	// 0.353. Graph: g1 15 of 34, g2 14 of 34.
	wantTopics := []topic{
		{"array", 2, 3, 3, 3, 600, 0.353},
		{"graph", 2, 2, 3, 2, 870, 0.426},
		{"sorting", 1, 1, 1, 1, 600, 0.294},
		{"dynamic-programming", 0, 1, 1, 1, 720, 0.353},
		{"rare-topic", 0, 1, 1, 0, 0, 0},
	}
	if diff := cmp.Diff(wantTopics, topics); diff != "" {
		t.Errorf("topics (-want +got):\n%s", diff)
	}
	rate := func(x float64) *float64 { return &x }
	got := *st
	got.Topics, got.Days = nil, nil
	want := Stats{
		Date:     "2030-01-08",
		Problems: Count{Solved: 4, Attempted: 7, Total: 8},
		Difficulties: []Count{
			{Name: "easy", Solved: 1, Attempted: 2, Total: 2},
			{Name: "medium", Solved: 3, Attempted: 5, Total: 5},
			{Name: "hard", Total: 1},
		},
		Plans:         []Count{{Name: "learn", Solved: 4, Attempted: 6, Total: 7}},
		DaysPractised: 7,
		// Judged rounds on days 5 and 6, none yet today (day 7: practice
		// only), which does not break the streak; day 4 had an abandon.
		StreakDays:             2,
		Rounds:                 6,
		RoundsPassed:           2,
		RoundsLast7Days:        5,
		RoundsLast30Days:       6,
		PassRate:               rate(0.333),
		PassRateLast14Days:     rate(0.333),
		PassRatePrevious14Days: nil,
		Readiness: []Readiness{
			{Format: "phone", Rounds: 2, Passed: 1, Share: rate(0.5)},
			{Format: "phone-senior"},
			{Format: "onsite", Rounds: 1, Passed: 0, Share: rate(0)},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	if len(st.Days) != ChartDays || st.Days[ChartDays-1].Date != "2030-01-08" || st.Days[ChartDays-2].Rounds != 1 || st.Days[ChartDays-3].Passed != 1 {
		t.Errorf("days: %+v", st.Days[ChartDays-3:])
	}
	// Day 6's 7 days (days 0-6) hold all six rounds, two passed.
	if r := st.Days[ChartDays-2].PassRate7Days; r == nil || *r != 0.333 {
		t.Errorf("pass rate of the 7 days to day 6: %v", r)
	}
	if r := st.Days[0].PassRate7Days; r != nil {
		t.Errorf("a day with no round in its 7 days has no pass rate, got %v", *r)
	}
}

func TestStreak(t *testing.T) {
	tests := []struct {
		name  string
		days  []int
		today int
		want  int
	}{
		{"no rounds", nil, 5, 0},
		{"today only", []int{5}, 5, 1},
		{"up to yesterday: today is not over", []int{2, 3, 4}, 5, 3},
		{"up to today", []int{3, 4, 5}, 5, 3},
		{"a missed day breaks it", []int{1, 2, 4, 5}, 5, 2},
		{"two days ago is over", []int{1, 2, 3}, 5, 0},
		{"two rounds a day count one day", []int{4, 4, 5, 5}, 5, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var records []session.Record
			for i, d := range tt.days {
				records = append(records, round(fmt.Sprint("r", i), d, "", try{"a1", "wrong_answer", 3}))
			}
			if got := ComputeStats(Input{Records: records, Now: at(tt.today, 5*60)}).StreakDays; got != tt.want {
				t.Errorf("streak %d, want %d", got, tt.want)
			}
		})
	}
}

func TestTrendAndReadinessWindow(t *testing.T) {
	var records []session.Record
	// Days 0-13: 4 rounds, 1 passed; days 14-27: 4 rounds, 3 passed. Seven
	// phone mocks: readiness looks at the last five.
	verdicts := []string{"wrong_answer", "accepted", "wrong_answer", "wrong_answer", "accepted", "accepted", "wrong_answer", "accepted"}
	for i, v := range verdicts {
		records = append(records, round(fmt.Sprint("r", i), 1+i*3+i/4*2, "phone", try{"a1", v, 3}))
	}
	st := ComputeStats(Input{Records: records, Now: at(27, 0)})
	r := st.Readiness[0]
	got := fmt.Sprintf("%.3f %.3f %s; %s %d of %d, %.3f", *st.PassRatePrevious14Days, *st.PassRateLast14Days, st.Trend, r.Format, r.Passed, r.Rounds, *r.Share)
	if want := "0.250 0.750 up; phone 3 of 5, 0.600"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestNext(t *testing.T) {
	bank := testBank()
	plan, _ := problem.Plan{Name: "roadmap", Sections: []problem.Section{
		{Name: "Arrays", Problems: []string{"a1", "a2", "a3"}},
		{Name: "Graphs", Problems: []string{"g1", "g2"}},
	}}.Resolve(bank)
	records := []session.Record{
		round("r1", 0, "", try{"a1", "accepted", 10}),     // due day 3
		round("r2", 1, "", try{"g1", "wrong_answer", 10}), // due day 2
		round("r3", 4, "", try{"a2", "wrong_answer", 10}), // due day 5: not yet
	}
	got := Next(Input{Records: records, Bank: bank, Now: at(4, 60)}, plan, 0)
	type line struct{ Slug, Kind, Reason, Due string }
	var lines []line
	for _, s := range got {
		l := line{s.Slug, s.Kind, s.Reason, "null"}
		if s.Due != nil {
			l.Due = s.Due.Format(time.RFC3339)
		}
		lines = append(lines, l)
	}
	want := []line{
		{"g1", KindReview, "failed 3 days ago: wrong_answer", "2030-01-03T00:00:00Z"},
		{"a1", KindReview, "solved on time 4 days ago; review it before it fades (then in 7 days)", "2030-01-04T00:00:00Z"},
		{"g2", KindNew, "next in the roadmap plan for graph, your weakest topic: 0 of 1 tried solved on time", "null"},
		{"a3", KindNew, "next in the roadmap plan: Arrays, 1 of 3 solved", "null"},
		{"g3", KindNew, "new, beyond the roadmap plan: graph", "null"},
		{"d1", KindNew, "new, beyond the roadmap plan: dynamic-programming", "null"},
		{"a2", KindUnsolved, "failed today: wrong_answer; due for review tomorrow", "2030-01-06T00:00:00Z"},
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("next (-want +got):\n%s", diff)
	}
	if got := Next(Input{Records: records, Bank: bank, Now: at(4, 60)}, plan, 2); len(got) != 2 || got[0].Slug != "g1" {
		t.Errorf("limit 2: %+v", got)
	}
}

// TestNextNeverEmpty: whatever the history, next offers something while a
// problem of the bank is not solved on time, and every such problem is in
// the full list.
func TestNextNeverEmpty(t *testing.T) {
	bank := testBank()
	verdicts := []string{"accepted", "accepted", "wrong_answer", "time_limit_exceeded"}
	for seed := range uint64(300) {
		rng := rand.New(rand.NewPCG(seed, 1))
		var records []session.Record
		for i := range rng.IntN(40) {
			slug := bank[rng.IntN(len(bank))].Slug
			d := rng.IntN(60)
			switch rng.IntN(4) {
			case 0:
				records = append(records, practice(fmt.Sprint("p", i), d, slug, verdicts[rng.IntN(4)]))
			case 1:
				records = append(records, abandoned(fmt.Sprint("a", i), d, try{slug, "", rng.IntN(3)}))
			default:
				records = append(records, round(fmt.Sprint("r", i), d, "", try{slug, verdicts[rng.IntN(4)], 1 + rng.IntN(25)}))
			}
		}
		in := Input{Records: records, Bank: bank, Now: at(60, 0)}
		cards := Schedule(Attempts(records), time.UTC)
		all := Next(in, problem.Plan{Name: "empty"}, 0)
		offered := map[string]bool{}
		for _, s := range all {
			if offered[s.Slug] {
				t.Fatalf("seed %d: %s offered twice", seed, s.Slug)
			}
			offered[s.Slug] = true
		}
		for _, p := range bank {
			if c := cards[p.Slug]; (c == nil || !c.SolvedOnTime) && !offered[p.Slug] {
				t.Fatalf("seed %d: %s is not solved on time but not offered", seed, p.Slug)
			}
		}
	}
}

func TestStatuses(t *testing.T) {
	records := []session.Record{
		round("r1", 0, "", try{"a1", "wrong_answer", 10}, try{"a2", "accepted", 40}), // overtime
		practice("p1", 0, "a1", "accepted"),
		round("r2", 1, "", try{"g1", "accepted", 10}),
		round("r3", 2, "", try{"g1", "wrong_answer", 10}),
		abandoned("r4", 3, try{"g2", "", 0}),
	}
	want := map[string]string{"a1": "solved", "a2": "attempted", "g1": "solved"}
	if diff := cmp.Diff(want, Statuses(records)); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
}

func TestTopicsCountProblemsOnce(t *testing.T) {
	var records []session.Record
	for i := range 5 {
		records = append(records, round(fmt.Sprint("r", i), i, "", try{"a1", "wrong_answer", 5}))
	}
	records = append(records, round("r9", 9, "", try{"g1", "accepted", 5}))
	want := []TopicScore{{"array", 0, 1}, {"graph", 1, 1}}
	if diff := cmp.Diff(want, Topics(records)); diff != "" {
		t.Errorf("topics (-want +got):\n%s", diff)
	}
}

func TestFavour(t *testing.T) {
	records := []session.Record{
		round("r1", 0, "", try{"a1", "wrong_answer", 10}),
		round("r2", 0, "", try{"a2", "accepted", 10}),
	}
	f := Favour(Attempts(records), at(1, 0))
	got := []float64{f("a1"), f("a2"), f("g1")}
	if diff := cmp.Diff([]float64{20, 1, 1}, got); diff != "" {
		t.Errorf("favour (-want +got):\n%s", diff)
	}
}
