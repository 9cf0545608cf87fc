package command

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/review"
	"github.com/judgehq/judge/judge/session"
)

// fakeRunner gives canned verdicts without the toolchain or the sandbox,
// and keeps what it was asked to judge.
type fakeRunner struct {
	verdict judge.Verdict
	judged  []string // the code of each submit, in order
	reviews int
}

func (f *fakeRunner) report(p *problem.Problem) *judge.Report {
	rep := &judge.Report{Problem: p.Slug, Verdict: f.verdict, Passed: 3, Total: 3}
	if f.verdict != judge.Accepted {
		rep.Passed = 1
		rep.Failure = &judge.Failure{Test: "2", Input: "nums = [3,3], target = 6", Expected: "[0,1]", Actual: "[]"}
	}
	return rep
}

func (f *fakeRunner) SubmitCompiled(_ context.Context, p *problem.Problem, src driver.Source) (*judge.Report, *judge.Compiled, error) {
	f.judged = append(f.judged, src.Code)
	return f.report(p), nil, nil
}

func (f *fakeRunner) RunSamples(_ context.Context, p *problem.Problem, _ driver.Source) (*judge.Report, error) {
	return f.report(p), nil
}

func (f *fakeRunner) RunInput(context.Context, *problem.Problem, driver.Source, map[string]json.RawMessage) (*judge.Custom, error) {
	return nil, errors.New("not faked")
}

func (f *fakeRunner) Review(_ context.Context, in review.Input) (*review.Review, error) {
	f.reviews++
	return &review.Review{Problem: in.Problem.Slug, Verdict: in.Report.Verdict}, nil
}

// fakeEnv is an Env over a fresh home whose judge is f, with the clock
// stopped at now.
func fakeEnv(t *testing.T, f Runner, now *time.Time) *Env {
	t.Helper()
	return &Env{
		Store: &session.Store{Dir: t.TempDir(), Warn: &bytes.Buffer{}},
		Now:   func() time.Time { return *now },
		Judge: f,
		Bank:  func(dirs []string) (*Bank, error) { return LoadBank(dirs) },
	}
}

// TestSessionWithFakeRunner runs a session's start and submit against a
// fake judge: what the commands do with a verdict — the output, the exit
// status, the history — is theirs to test, without the sandbox.
func TestSessionWithFakeRunner(t *testing.T) {
	for _, tc := range []struct {
		verdict judge.Verdict
		wantErr error
		show    string
	}{
		{judge.Accepted, nil, "Accepted"},
		{judge.WrongAnswer, errNotAccepted, "Wrong Answer"},
		{judge.TimeLimitExceeded, errNotAccepted, "Time Limit Exceeded"},
	} {
		t.Run(tc.verdict.String(), func(t *testing.T) {
			now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
			f := &fakeRunner{verdict: tc.verdict}
			env := fakeEnv(t, f, &now)
			dir := t.TempDir()
			var out bytes.Buffer
			if err := Start(&out, env, StartOptions{Slugs: []string{"two-sum"}, Dir: dir}); err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, "two-sum", "solution.go")
			code := "package main\n\nfunc twoSum(nums []int, target int) []int { return nil }\n"
			now = now.Add(5 * time.Minute)
			if err := os.WriteFile(file, []byte(code), 0o644); err != nil {
				t.Fatal(err)
			}
			os.Chtimes(file, now, now)
			now = now.Add(time.Minute)
			out.Reset()
			err := SubmitSession(context.Background(), &out, env, false, nil)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("submit: %v, want %v", err, tc.wantErr)
			}
			if !strings.Contains(out.String(), tc.show) {
				t.Errorf("the output does not show %q:\n%s", tc.show, out.String())
			}
			if diff := cmp.Diff([]string{code}, f.judged); diff != "" {
				t.Errorf("judged code (-want +got):\n%s", diff)
			}
			if f.reviews != 1 {
				t.Errorf("%d reviews, want 1", f.reviews)
			}
			recs, err := env.Store.History()
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != 1 || len(recs[0].Attempts) != 1 {
				t.Fatalf("history: %+v", recs)
			}
			if got := recs[0].Attempts[0].Verdict; got != tc.verdict.String() {
				t.Errorf("recorded verdict %q, want %q", got, tc.verdict.String())
			}
			// A second submit shows the recorded result and judges nothing.
			out.Reset()
			SubmitSession(context.Background(), &out, env, false, nil)
			if len(f.judged) != 1 {
				t.Errorf("a second submit judged again (%d submits)", len(f.judged))
			}
		})
	}
}
