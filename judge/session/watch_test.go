package session

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fakeWatch runs a watch whose ticks come at once and whose clock moves
// step at each reading (one a tick).
func fakeWatch(t *testing.T, s *Session, start time.Time, step time.Duration, redraw bool) []string {
	t.Helper()
	now := start
	clock := func() time.Time {
		t := now
		now = now.Add(step)
		return t
	}
	ticks := make(chan time.Time)
	close(ticks)
	var out bytes.Buffer
	wt := &Watch{Load: func() (*Session, error) { return s, nil }, Now: clock, Ticks: ticks, Redraw: redraw}
	if err := wt.Run(context.Background(), &out); err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
}

func TestWatchPlain(t *testing.T) {
	s := testSession(17*time.Second, "a")
	got := fakeWatch(t, s, t0, time.Second, false)
	want := []string{
		"→ a: clarify (0:00–0:03): " + Stages[0].Prompt,
		"0:17 left · a · clarify",
		"→ a: plan (0:03–0:08): " + Stages[1].Prompt,
		"0:14 left · a · plan",
		"→ a: code (0:08–0:13): " + Stages[2].Prompt,
		"0:09 left · a · code",
		"→ a: pseudo-run (0:13–0:15): " + Stages[3].Prompt,
		"0:04 left · a · pseudo-run",
		"→ a: close (0:15–0:17): " + Stages[4].Prompt,
		"0:02 left · a · close",
		"Time is up (0:17). `judge submit` judges your files; an edit from now on counts as overtime.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("plain watch (-want +got):\n%s", diff)
	}
}

func TestWatchMinutes(t *testing.T) {
	s := testSession(34*time.Minute, "a", "b")
	got := fakeWatch(t, s, t0.Add(15*time.Minute), 30*time.Second, false)
	want := []string{
		"→ problem 1 of 2, a: close (15:00–17:00): " + Stages[4].Prompt,
		"19:00 left · a · close",
		"18:30 left · a · close", // a new minute
		"17:30 left · a · close",
		"→ problem 2 of 2, b: clarify (17:00–20:00): " + Stages[0].Prompt,
		"17:00 left · b · clarify", // a new stage
		"16:30 left · b · clarify",
	}
	if diff := cmp.Diff(want, got[:len(want)]); diff != "" {
		t.Errorf("plain watch (-want +got):\n%s", diff)
	}
}

func TestWatchRedraw(t *testing.T) {
	s := testSession(3*time.Second, "a")
	got := fakeWatch(t, s, t0.Add(2200*time.Millisecond), 300*time.Millisecond, true)
	want := []string{
		"→ a: code (0:01–0:02): " + Stages[2].Prompt,
		"\r\x1b[K0:01 left · a · code",
		"→ a: pseudo-run (0:02–0:02): " + Stages[3].Prompt,
		"\r\x1b[K0:01 left · a · pseudo-run",
		"→ a: close (0:02–0:03): " + Stages[4].Prompt,
		"\r\x1b[K0:01 left · a · close",
		"Time is up (0:03). `judge submit` judges your files; an edit from now on counts as overtime.",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("redrawn watch (-want +got):\n%s", diff)
	}
}

func TestWatchEnds(t *testing.T) {
	judged := testSession(time.Minute, "a")
	judged.Result = &Result{}
	for _, tt := range []struct {
		s    *Session
		want string
	}{
		{nil, "No session: `judge start SLUG` or `judge mock` begins one."},
		{judged, "The session is judged: `judge submit` shows its result."},
	} {
		got := fakeWatch(t, tt.s, t0, time.Second, true)
		if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
	// Ctrl-C ends a watch that has time to run.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := testSession(time.Hour, "a")
	var out bytes.Buffer
	wt := &Watch{Load: func() (*Session, error) { return s, nil }, Now: func() time.Time { return t0 }, Ticks: make(chan time.Time), Redraw: true}
	if err := wt.Run(ctx, &out); err != nil || !strings.HasSuffix(out.String(), "1:00:00 left · a · clarify\n") {
		t.Errorf("cancelled watch = %q, %v", out.String(), err)
	}
}
