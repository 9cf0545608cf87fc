package command

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/session"
)

func TestAskOn(t *testing.T) {
	tests := []struct {
		answer string
		want   bool
	}{
		{"\n", true},
		{"y\n", true},
		{"Yes\n", true},
		{"n\n", false},
		{"No thanks\n", false},
		{"", false}, // end of input: never start a round unasked
	}
	for _, tt := range tests {
		var out bytes.Buffer
		got := askOn(strings.NewReader(tt.answer), &out)("Start round 2 of 4 (ML design, 45:00) now?")
		if got != tt.want {
			t.Errorf("answer %q: %v, want %v", tt.answer, got, tt.want)
		}
		if !strings.HasPrefix(out.String(), "Start round 2 of 4 (ML design, 45:00) now? [Y/n] ") {
			t.Errorf("asked %q", out.String())
		}
	}
}

// testEnv is an Env over a fresh home with a stopped clock.
func testEnv(t *testing.T, now *time.Time) *Env {
	t.Helper()
	return &Env{
		Store: &session.Store{Dir: t.TempDir(), Warn: io.Discard},
		Now:   func() time.Time { return *now },
		Bank:  func(dirs []string) (*Bank, error) { return LoadBank(dirs) },
	}
}

// designThenBehavioral deals a loop of two rounds: an ML design round of
// 45 minutes, then one behavioral question in 5.
func designThenBehavioral(t *testing.T) deal {
	t.Helper()
	rb, err := loadRoundBank()
	if err != nil {
		t.Fatal(err)
	}
	p, err := rb.prompt("people-you-may-follow")
	if err != nil {
		t.Fatal(err)
	}
	q, err := rb.question("growth-hard-feedback")
	if err != nil {
		t.Fatal(err)
	}
	return deal{dir: t.TempDir(), rounds: []dealt{
		{kind: session.KindDesign, duration: 45 * time.Minute, prompt: p},
		{kind: session.KindBehavioral, duration: 5 * time.Minute, questions: []*behavioral.Question{q}},
	}}
}

// TestSubmitAsksToContinue: in a loop, a submit asks whether to start the
// next round, and starts it only on yes; without a way to ask it says how.
func TestSubmitAsksToContinue(t *testing.T) {
	now := time.Date(2030, 1, 1, 10, 0, 0, 0, time.UTC)
	env := testEnv(t, &now)
	d := designThenBehavioral(t)
	if _, err := begin(io.Discard, env, d); err != nil {
		t.Fatal(err)
	}
	now = now.Add(40 * time.Minute)
	var asked []string
	no := func(q string) bool { asked = append(asked, q); return false }
	var out bytes.Buffer
	err := SubmitSession(context.Background(), &out, env, false, no)
	if !errors.Is(err, errNotAccepted) {
		t.Errorf("an empty design notepad: %v, want the round not passed", err)
	}
	if diff := cmp.Diff([]string{"Start round 2 of 2 (behavioral, 5:00) now?"}, asked); diff != "" {
		t.Errorf("asked (-want +got):\n%s", diff)
	}
	if !strings.Contains(out.String(), "`judge submit --next` starts round 2 of 2 when you are ready.") {
		t.Errorf("a no must say how to go on:\n%s", out.String())
	}
	s, err := env.Store.Load()
	if err != nil || s.Index() != 0 || s.Result == nil {
		t.Fatalf("after a no: %+v, %v", s, err)
	}

	// Asked again (a second submit shows the recorded result), yes starts
	// the next round on its own clock.
	now = now.Add(10 * time.Minute)
	yes := func(string) bool { return true }
	out.Reset()
	if err := SubmitSession(context.Background(), &out, env, false, yes); !errors.Is(err, errNotAccepted) {
		t.Errorf("the recorded result: %v, want the round not passed", err)
	}
	for _, want := range []string{"This round was judged at", "Round 2 of 2, behavioral: 5:00 on the clock, until"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in:\n%s", want, out.String())
		}
	}
	s, err = env.Store.Load()
	if err != nil || s.Index() != 1 || s.KindOf() != session.KindBehavioral || !s.Started.Equal(now) || s.PhaseAt(now) != session.Notepad {
		t.Fatalf("after a yes: %+v, %v", s, err)
	}
	// The last round: nothing to ask, the loop's report instead.
	now = now.Add(5 * time.Minute)
	asked = nil
	out.Reset()
	_ = SubmitSession(context.Background(), &out, env, false, no)
	if len(asked) != 0 || !strings.Contains(out.String(), "Loop report:") {
		t.Errorf("the last round asked %q; output:\n%s", asked, out.String())
	}
}
