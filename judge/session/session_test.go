package session

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/report"
	"github.com/judgehq/judge/judge/verdict"
)

var t0 = time.Date(2030, 1, 1, 10, 0, 0, 0, time.UTC)

func testSession(d time.Duration, slugs ...string) *Session {
	var ps []Problem
	for _, s := range slugs {
		ps = append(ps, Problem{Slug: s, File: "/w/" + s + "/solution.go"})
	}
	return New(ps, t0, d, "/w")
}

func TestPhaseAt(t *testing.T) {
	s := testSession(17*time.Minute, "two-sum")
	judged := testSession(17*time.Minute, "two-sum")
	judged.Result = &Result{Submitted: t0.Add(time.Minute)}
	tests := []struct {
		name string
		s    *Session
		now  time.Time
		want Phase
	}{
		{"no session", nil, t0, NoSession},
		{"at the start", s, t0, Notepad},
		{"a nanosecond before the deadline", s, t0.Add(17*time.Minute - 1), Notepad},
		{"at the deadline", s, t0.Add(17 * time.Minute), TimeUp},
		{"long after", s, t0.Add(48 * time.Hour), TimeUp},
		{"judged early", judged, t0.Add(2 * time.Minute), Judged},
		{"judged, after the deadline", judged, t0.Add(time.Hour), Judged},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.PhaseAt(tt.now); got != tt.want {
				t.Errorf("PhaseAt = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestNewDeadline(t *testing.T) {
	s := New([]Problem{{Slug: "a"}}, t0.Add(1500*time.Millisecond), 3*time.Second, "/w")
	want := []time.Time{t0.Add(time.Second), t0.Add(4 * time.Second)}
	if diff := cmp.Diff(want, []time.Time{s.Started, s.Deadline}); diff != "" {
		t.Errorf("start and deadline (-want +got):\n%s", diff)
	}
	if got := s.Remaining(t0.Add(time.Hour)); got != 0 {
		t.Errorf("Remaining after the deadline = %v, want 0", got)
	}
}

func TestDefaultDuration(t *testing.T) {
	for n, want := range map[int]time.Duration{1: 17 * time.Minute, 2: 34 * time.Minute, 3: 51 * time.Minute} {
		if got := DefaultDuration(n); got != want {
			t.Errorf("DefaultDuration(%d) = %v, want %v", n, got, want)
		}
	}
}

func TestMinutes(t *testing.T) {
	tests := []struct {
		in      float64
		want    time.Duration
		wantErr bool
	}{
		{35, 35 * time.Minute, false},
		{0.5, 30 * time.Second, false},
		{0.05, 3 * time.Second, false},
		{0, 0, true},
		{-1, 0, true},
		{0.001, 0, true},
		{2000, 0, true},
	}
	for _, tt := range tests {
		got, err := Minutes(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("Minutes(%g) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestClock(t *testing.T) {
	tests := []struct {
		d             time.Duration
		clock, passed string
	}{
		{0, "0:00", "0:00"},
		{time.Millisecond, "0:01", "0:00"},
		{59*time.Second + time.Millisecond, "1:00", "0:59"},
		{17 * time.Minute, "17:00", "17:00"},
		{time.Hour + 2*time.Minute + 3*time.Second, "1:02:03", "1:02:03"},
		{-7 * time.Second, "-0:07", "-0:07"},
	}
	for _, tt := range tests {
		if got := Clock(tt.d); got != tt.clock {
			t.Errorf("Clock(%v) = %q, want %q", tt.d, got, tt.clock)
		}
		if got := Elapsed(tt.d); got != tt.passed {
			t.Errorf("Elapsed(%v) = %q, want %q", tt.d, got, tt.passed)
		}
	}
}

func TestGrade(t *testing.T) {
	s := testSession(10*time.Minute, "a", "b")
	ok := &report.Report{Problem: "a", Verdict: verdict.Accepted}
	wrong := &report.Report{Problem: "b", Verdict: verdict.WrongAnswer}
	tests := []struct {
		name       string
		files      []FileState
		reports    []*report.Report
		want       []FileResult
		overtime   int // seconds; 0 on time
		wantPassed bool
	}{
		{
			name:    "on time, all accepted",
			files:   []FileState{{Modified: t0.Add(4 * time.Minute)}, {Modified: t0.Add(10 * time.Minute)}},
			reports: []*report.Report{ok, ok},
			want: []FileResult{
				{Slug: "a", Modified: t0.Add(4 * time.Minute), Edited: true, SecondsUsed: 240},
				{Slug: "b", Modified: t0.Add(10 * time.Minute), Edited: true, SecondsUsed: 600},
			},
			wantPassed: true,
		},
		{
			name:    "one not accepted",
			files:   []FileState{{Modified: t0.Add(time.Minute)}, {Modified: t0}},
			reports: []*report.Report{ok, wrong},
			want: []FileResult{
				{Slug: "a", Modified: t0.Add(time.Minute), Edited: true, SecondsUsed: 60},
				{Slug: "b", Modified: t0},
			},
		},
		{
			name:    "edited after the deadline",
			files:   []FileState{{Modified: t0.Add(10*time.Minute + 6500*time.Millisecond)}, {Missing: true}},
			reports: []*report.Report{ok, ok},
			want: []FileResult{
				{Slug: "a", Modified: t0.Add(10*time.Minute + 6500*time.Millisecond), Edited: true, SecondsUsed: 606, Overtime: true},
				{Slug: "b", Missing: true},
			},
			overtime: 7,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := s.Grade(tt.files, tt.reports, t0.Add(time.Hour))
			if diff := cmp.Diff(tt.want, r.Files); diff != "" {
				t.Errorf("files (-want +got):\n%s", diff)
			}
			if r.Overtime != (tt.overtime > 0) || r.OvertimeSeconds != tt.overtime {
				t.Errorf("overtime = %v, %ds; want %ds", r.Overtime, r.OvertimeSeconds, tt.overtime)
			}
			if got := r.Passed(); got != tt.wantPassed {
				t.Errorf("Passed = %v, want %v", got, tt.wantPassed)
			}
		})
	}
}

func TestParseNow(t *testing.T) {
	now, err := ParseNow("2030-01-01T10:00:00Z")
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Millisecond)
	if got := now(); !got.Equal(t0) {
		t.Errorf("now() = %v, want %v: the clock stays where JUDGE_NOW puts it", got, t0)
	}
	if _, err := ParseNow("tomorrow"); err == nil {
		t.Error("ParseNow(tomorrow) succeeded")
	}
	if now, _ := ParseNow(""); now == nil {
		t.Error("ParseNow(\"\") gave no clock")
	}
}
