package session

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/report"
	"github.com/judgehq/judge/judge/verdict"
)

func line(t *testing.T, r Record) string {
	t.Helper()
	b, err := r.MarshalLine()
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func record(id string, started time.Time, outcome string, overtime bool, attempts ...Attempt) Record {
	return Record{Session: id, Outcome: outcome, Started: started, Deadline: started.Add(17 * time.Minute), Ended: started.Add(10 * time.Minute), Overtime: overtime, Attempts: attempts}
}

func TestParseHistory(t *testing.T) {
	a := record("a", t0, OutcomeJudged, false, Attempt{Slug: "two-sum", Verdict: "accepted"})
	b := record("b", t0.Add(time.Hour), OutcomeAbandoned, false, Attempt{Slug: "lru-cache", Verdict: VerdictAbandoned})
	bAgain := b
	bAgain.Outcome = OutcomeJudged
	tests := []struct {
		name        string
		in          string
		want        []string // session:outcome, oldest first
		wantDamaged []string
	}{
		{"empty", "", nil, nil},
		{"two records", line(t, a) + line(t, b), []string{"a:judged", "b:abandoned"}, nil},
		{
			name:        "torn last line",
			in:          line(t, a) + line(t, b)[:20],
			want:        []string{"a:judged"},
			wantDamaged: []string{"line 2 is incomplete (judge was stopped while writing it)"},
		},
		{
			name:        "torn line followed by a record",
			in:          line(t, a)[:30] + "\n" + line(t, b),
			want:        []string{"b:abandoned"},
			wantDamaged: []string{"line 1 is not a history record"},
		},
		{
			name: "blank lines and a record without a session",
			in:   "\n" + line(t, a) + "  \n{}\n",
			want: []string{"a:judged"}, wantDamaged: []string{"line 4 is not a history record"},
		},
		{"a session recorded twice keeps the later line", line(t, b) + line(t, a) + line(t, bAgain), []string{"a:judged", "b:judged"}, nil},
		{"sorted by start", line(t, b) + line(t, a), []string{"a:judged", "b:abandoned"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, damaged, err := ParseHistory(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range recs {
				got = append(got, r.Session+":"+r.Outcome)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
			var gotDamaged []string
			for _, d := range damaged {
				gotDamaged = append(gotDamaged, d.String())
			}
			if diff := cmp.Diff(tt.wantDamaged, gotDamaged); diff != "" {
				t.Errorf("damaged (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRecord(t *testing.T) {
	s := testSession(10*time.Minute, "a", "b")
	s.Problems[0].Topics = []string{"array"}
	files := []FileState{{Modified: t0.Add(2 * time.Minute)}, {Modified: t0.Add(11 * time.Minute)}}

	abandoned := s.Record(t0.Add(5*time.Minute), files)
	want := Record{
		Session: s.ID, Outcome: OutcomeAbandoned, Started: t0, Deadline: t0.Add(10 * time.Minute), Ended: t0.Add(5 * time.Minute),
		Attempts: []Attempt{
			{Slug: "a", Topics: []string{"array"}, Verdict: VerdictAbandoned, SecondsUsed: 120, Edited: true},
			{Slug: "b", Verdict: VerdictAbandoned, SecondsUsed: 660, Edited: true},
		},
	}
	if diff := cmp.Diff(want, abandoned); diff != "" {
		t.Errorf("abandoned (-want +got):\n%s", diff)
	}

	s.Result = s.Grade(files, []*report.Report{{Verdict: verdict.Accepted, Passed: 3, Total: 3}, {Verdict: verdict.WrongAnswer, Passed: 1, Total: 3}}, t0.Add(12*time.Minute))
	judged := s.Record(t0.Add(time.Hour), nil)
	want = Record{
		Session: s.ID, Outcome: OutcomeJudged, Started: t0, Deadline: t0.Add(10 * time.Minute), Ended: t0.Add(12 * time.Minute),
		Overtime: true, OvertimeSeconds: 60,
		Attempts: []Attempt{
			{Slug: "a", Topics: []string{"array"}, Verdict: "accepted", TestsPassed: 3, TestsTotal: 3, SecondsUsed: 120, Edited: true},
			{Slug: "b", Verdict: "wrong_answer", TestsPassed: 1, TestsTotal: 3, SecondsUsed: 660, Edited: true},
		},
	}
	if diff := cmp.Diff(want, judged); diff != "" {
		t.Errorf("judged (-want +got):\n%s", diff)
	}
}

func TestUntouched(t *testing.T) {
	s := testSession(10*time.Minute, "a", "b")
	tests := []struct {
		name  string
		files []FileState
		want  bool
	}{
		{"stubs as written", []FileState{{Modified: t0}, {Modified: t0}}, true},
		{"a file missing", []FileState{{Missing: true}, {Modified: t0}}, true},
		{"one file edited", []FileState{{Modified: t0}, {Modified: t0.Add(time.Minute)}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := s.Record(t0.Add(5*time.Minute), tt.files)
			if got := r.Untouched(); got != tt.want {
				t.Errorf("Untouched = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEntriesAndStatuses(t *testing.T) {
	recs := []Record{
		record("1", t0, OutcomeJudged, false, Attempt{Slug: "two-sum", Topics: []string{"array"}, Verdict: "accepted"}),
		record("2", t0.Add(time.Hour), OutcomeJudged, true,
			Attempt{Slug: "lru-cache", Topics: []string{"design"}, Verdict: "accepted"},
			Attempt{Slug: "two-sum", Topics: []string{"array"}, Verdict: "wrong_answer"}),
		record("3", t0.Add(2*time.Hour), OutcomeAbandoned, false, Attempt{Slug: "word-break", Topics: []string{"dynamic-programming"}, Verdict: VerdictAbandoned}),
	}
	var got []string
	for _, e := range Entries(recs) {
		got = append(got, e.Session+" "+e.Slug+" "+e.Verdict)
		if e.Solved != (e.Session == "1") {
			t.Errorf("%s %s: solved = %v", e.Session, e.Slug, e.Solved)
		}
	}
	want := []string{"3 word-break abandoned", "2 lru-cache accepted", "2 two-sum wrong_answer", "1 two-sum accepted"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entries, newest first (-want +got):\n%s", diff)
	}
	wantStatus := map[string]string{"two-sum": StatusSolved, "lru-cache": StatusAttempted, "word-break": StatusAttempted}
	if diff := cmp.Diff(wantStatus, Statuses(recs)); diff != "" {
		t.Errorf("statuses (-want +got):\n%s", diff)
	}
	wantTopics := []TopicScore{
		{Topic: "design", Attempts: 1}, {Topic: "dynamic-programming", Attempts: 1},
		{Topic: "array", Attempts: 2, Solved: 1},
	}
	if diff := cmp.Diff(wantTopics, Topics(recs)); diff != "" {
		t.Errorf("topics, weakest first (-want +got):\n%s", diff)
	}
	if got := len(Entries(nil)); got != 0 || Entries(nil) == nil {
		t.Errorf("Entries(nil) = %v, want an empty list (JSON [])", Entries(nil))
	}
}
