package session

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/verdict"
)

// testLoop is a loop of a coding round of 35 minutes, a design round of
// 45 and a behavioral round of 15 (three questions).
func testLoop() *Session {
	return NewLoop([]Round{
		{Kind: KindCoding, PlannedSeconds: 35 * 60, Problems: []Problem{{Slug: "a", File: "/w/a/solution.go"}, {Slug: "b", File: "/w/b/solution.go"}}},
		{Kind: KindDesign, PlannedSeconds: 45 * 60, Design: &DesignPrompt{Slug: "feed", Title: "Feed"}, Notes: "/w/feed/design.md"},
		{Kind: KindBehavioral, PlannedSeconds: 15 * 60, Questions: []Question{{ID: "q1", Category: "conflict"}, {ID: "q2", Category: "failure"}, {ID: "q3", Category: "growth"}}, Notes: "/w/behavioral/answers.md"},
	}, t0, "/w")
}

func TestLoopAdvance(t *testing.T) {
	s := testLoop()
	if s.Index() != 0 || s.Total() != 3 || !s.IsLoop() || s.KindOf() != KindCoding {
		t.Fatalf("a new loop: round %d of %d, kind %s", s.Index(), s.Total(), s.KindOf())
	}
	if !s.Deadline.Equal(t0.Add(35 * time.Minute)) {
		t.Errorf("deadline %v", s.Deadline)
	}
	if err := s.Advance(t0.Add(time.Hour)); err == nil || err.Error() != "the current round is not judged yet" {
		t.Errorf("Advance before judging: %v", err)
	}
	s.Result = &Result{Submitted: t0.Add(30 * time.Minute), Reports: []*judge.Report{{Verdict: verdict.Accepted}, {Verdict: verdict.Accepted}}}
	// The next round starts when it is asked for, to the second.
	next := t0.Add(40*time.Minute + 500*time.Millisecond)
	if err := s.Advance(next); err != nil {
		t.Fatal(err)
	}
	if s.Index() != 1 || s.KindOf() != KindDesign || s.Result != nil || s.PhaseAt(next) != Notepad {
		t.Errorf("after Advance: round %d, kind %s, phase %v", s.Index(), s.KindOf(), s.PhaseAt(next))
	}
	if want := t0.Add(40 * time.Minute); !s.Started.Equal(want) || !s.Deadline.Equal(want.Add(45*time.Minute)) {
		t.Errorf("the design round runs %v–%v", s.Started, s.Deadline)
	}
	var kinds []Kind
	for _, r := range s.Rounds() {
		kinds = append(kinds, r.KindOf())
	}
	if diff := cmp.Diff([]Kind{KindCoding, KindDesign, KindBehavioral}, kinds); diff != "" {
		t.Errorf("rounds (-want +got):\n%s", diff)
	}
	s.Result = &Result{Submitted: s.Deadline}
	if err := s.Advance(s.Deadline); err != nil {
		t.Fatal(err)
	}
	s.Result = &Result{Submitted: s.Deadline}
	if err := s.Advance(s.Deadline); err == nil || err.Error() != "the loop has no round left" {
		t.Errorf("Advance past the end: %v", err)
	}
}

func TestRoundPlans(t *testing.T) {
	s := testLoop()
	s.Result = &Result{Submitted: t0}
	if err := s.Advance(t0); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"feed clarify 0:00-5:00", "feed framing 5:00-9:00", "feed data 9:00-16:00", "feed features 16:00-22:00",
		"feed model 22:00-31:00", "feed evaluation 31:00-38:00", "feed serving 38:00-45:00",
	}
	if diff := cmp.Diff(want, planOf(s)); diff != "" {
		t.Errorf("design plan (-want +got):\n%s", diff)
	}
	sl, ok := s.SlotAt(t0.Add(10 * time.Minute))
	if !ok || s.Describe(sl) != "feed: data (9:00–16:00): Data and labels: "+design.Sections[2].Guide {
		t.Errorf("at 10:00: %q", s.Describe(sl))
	}
	s.Result = &Result{Submitted: t0}
	if err := s.Advance(t0); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"q1 answer 0:00-5:00", "q2 answer 5:00-10:00", "q3 answer 10:00-15:00"}, planOf(s)); diff != "" {
		t.Errorf("behavioral plan (-want +got):\n%s", diff)
	}
	sl, _ = s.SlotAt(t0.Add(6 * time.Minute))
	if got := s.Describe(sl); !strings.HasPrefix(got, "question 2 of 3, q2: answer (5:00–10:00)") {
		t.Errorf("at 6:00: %q", got)
	}
}

// TestVersion1State: a state written before rounds existed (version 1, a
// senior phone screen with its behavioral question) loads as one coding
// round, and is written back as version 2.
func TestVersion1State(t *testing.T) {
	v1 := `{
  "version": 1,
  "id": "20300101-100000-abcdef",
  "format": "phone-senior",
  "seed": 1,
  "started": "2030-01-01T10:00:00Z",
  "deadline": "2030-01-01T10:25:00Z",
  "dir": "/w",
  "problems": [{"slug": "two-sum", "title": "Two Sum", "difficulty": "easy", "topics": ["array"], "file": "/w/two-sum/solution.go", "hints": [60]}],
  "behavioral": "Tell me about a time you disagreed with a teammate.",
  "result": {"submitted": "2030-01-01T10:20:00Z", "overtime": false, "overtime_seconds": 0,
    "files": [{"slug": "two-sum", "modified": "2030-01-01T10:19:00Z", "edited": true, "seconds_used": 1140, "overtime": false}],
    "reports": [{"verdict": "accepted", "passed": 21, "total": 21}]}
}`
	st := &Store{Dir: t.TempDir()}
	if err := os.WriteFile(filepath.Join(st.Dir, StateFile), []byte(v1), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := st.Load()
	if err != nil || s == nil {
		t.Fatalf("Load: %v, %v", s, err)
	}
	if s.KindOf() != KindCoding || s.IsLoop() || s.Problems[0].Slug != "two-sum" || s.Problems[0].Hints[0] != 60 ||
		s.Behavioral == "" || !s.Result.Passed() || s.Duration() != 25*time.Minute {
		t.Errorf("loaded: %+v", s)
	}
	if err := st.Save(s); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(st.Dir, StateFile))
	var probe map[string]any
	if err := json.Unmarshal(b, &probe); err != nil {
		t.Fatal(err)
	}
	if probe["version"] != 2.0 || probe["kind"] != "coding" || probe["behavioral"] == nil {
		t.Errorf("saved: version %v, kind %v, behavioral %v", probe["version"], probe["kind"], probe["behavioral"])
	}
	again, err := st.Load()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, again); diff != "" {
		t.Errorf("round trip (-first +second):\n%s", diff)
	}
}

func TestLoopStateRoundTrip(t *testing.T) {
	st := &Store{Dir: t.TempDir()}
	s := testLoop()
	s.Format, s.Level = "onsite", "e6"
	s.Result = &Result{Submitted: t0, Reports: []*judge.Report{{Verdict: verdict.Accepted}, {Verdict: verdict.WrongAnswer}}}
	if err := s.Advance(t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	s.Design.Asked = []Ask{{Seconds: 30, Question: "users", Topics: []string{"scale"}}}
	if err := st.Save(s); err != nil {
		t.Fatal(err)
	}
	got, err := st.Load()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, got); diff != "" {
		t.Errorf("round trip (-saved +loaded):\n%s", diff)
	}
}

func TestLoopStateChecks(t *testing.T) {
	tests := []struct {
		name   string
		change func(s *Session)
		why    string
	}{
		{"a design round without prompt", func(s *Session) { s.Next[0].Design = nil }, "incomplete (round 2: an ML design round without prompt or notepad)"},
		{"a behavioral round without notepad", func(s *Session) { s.Next[1].Notes = "" }, "incomplete (round 3: a behavioral round without questions or notepad)"},
		{"an unknown kind", func(s *Session) { s.Next[0].Kind = "system-design" }, `incomplete (round 2: unknown kind "system-design")`},
		{"a round to come without a clock", func(s *Session) { s.Next[1].PlannedSeconds = 0 }, "inconsistent (round 3 is to come but has a result or no clock)"},
		{"a round done without a result", func(s *Session) {
			s.Result = &Result{Reports: make([]*judge.Report, 2)}
			_ = s.Advance(t0)
			s.Done[0].Result = nil
		}, "inconsistent (round 1 is over but not judged)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testLoop()
			tt.change(s)
			b, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			if _, why := decodeState(b); why != tt.why {
				t.Errorf("decodeState: %q, want %q", why, tt.why)
			}
		})
	}
}

func TestRecordRounds(t *testing.T) {
	s := testLoop()
	s.Format, s.Level = "onsite", "e5"
	files := []FileState{{Modified: t0.Add(time.Minute)}, {Modified: t0.Add(2 * time.Minute)}}
	s.Result = s.Grade(files, []*judge.Report{{Verdict: verdict.Accepted, Passed: 3, Total: 3}, {Verdict: verdict.WrongAnswer, Passed: 1, Total: 3}}, t0.Add(3*time.Minute))
	r1 := s.Record(t0.Add(3*time.Minute), nil)
	if r1.Round != 1 || r1.Kind != "" || r1.Level != "e5" || len(r1.Attempts) != 2 || r1.Attempts[1].Verdict != "wrong_answer" {
		t.Errorf("coding round record: %+v", r1)
	}
	if err := s.Advance(t0.Add(5 * time.Minute)); err != nil {
		t.Fatal(err)
	}
	// Abandoned after an edit of its notepad.
	r2 := s.Record(t0.Add(20*time.Minute), []FileState{{Modified: t0.Add(10 * time.Minute)}})
	want := &DesignRecord{Slug: "feed", Title: "Feed", SecondsUsed: 300, Edited: true}
	if r2.Round != 2 || r2.Kind != KindDesign || r2.Outcome != OutcomeAbandoned || r2.Untouched() || len(r2.Attempts) != 0 {
		t.Errorf("design round record: %+v", r2)
	}
	if diff := cmp.Diff(want, r2.Design); diff != "" {
		t.Errorf("design record (-want +got):\n%s", diff)
	}
	// Judged: the review goes with it.
	rev := &design.Review{Prompt: "feed", Mentioned: 3, Total: 8}
	s.Result = s.Grade([]FileState{{Modified: t0.Add(10 * time.Minute)}}, nil, t0.Add(40*time.Minute))
	s.Result.Design = rev
	if r := s.Record(t0, nil); r.Outcome != OutcomeJudged || r.Design.Review != rev {
		t.Errorf("judged design record: %+v", r)
	}
	if err := s.Advance(t0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	r3 := s.Record(t0.Add(time.Hour+time.Minute), []FileState{{Modified: t0.Add(time.Hour)}})
	if r3.Round != 3 || r3.Kind != KindBehavioral || !r3.Untouched() || len(r3.Behavioral.Questions) != 3 {
		t.Errorf("untouched behavioral record: %+v", r3)
	}
	r3.Behavioral.Review = &behavioral.Review{}

	// The history keeps one line per round; a later line of a round
	// replaces it (a self-grade after the round).
	var lines []byte
	r2b := r2
	r2b.Design = &DesignRecord{Slug: "feed", Grades: map[string]int{"scale": 2}}
	for _, r := range []Record{r1, r2, r3, r2b} {
		b, _ := r.MarshalLine()
		lines = append(lines, b...)
	}
	recs, damaged, err := ParseHistory(strings.NewReader(string(lines)))
	if err != nil || len(damaged) != 0 {
		t.Fatal(err, damaged)
	}
	if len(recs) != 3 || recs[1].Design.Grades["scale"] != 2 || recs[2].KindOf() != KindBehavioral {
		t.Errorf("history: %+v", recs)
	}
	if es := Entries(recs); len(es) != 2 {
		t.Errorf("Entries lists %d attempts, want the coding round's 2", len(es))
	}
	if asked := Asked(recs); len(asked) != 3 {
		t.Errorf("Asked = %v", asked)
	}
}

func TestResultPassed(t *testing.T) {
	complete := &design.Review{Sections: []design.SectionReview{{Present: true, Words: 3}}}
	gap := &design.Review{Sections: []design.SectionReview{{Present: true, Empty: true}}}
	tests := []struct {
		name string
		r    Result
		want bool
	}{
		{"design complete", Result{Design: complete}, true},
		{"design with an empty section", Result{Design: gap}, false},
		{"design overtime", Result{Design: complete, Overtime: true}, false},
		{"behavioral complete", Result{Behavioral: &behavioral.Review{Complete: 3, Total: 3}}, true},
		{"behavioral with a gap", Result{Behavioral: &behavioral.Review{Complete: 2, Total: 3}}, false},
		{"coding without reports", Result{}, false},
	}
	for _, tt := range tests {
		if got := tt.r.Passed(); got != tt.want {
			t.Errorf("%s: Passed = %v, want %v", tt.name, got, tt.want)
		}
	}
}
