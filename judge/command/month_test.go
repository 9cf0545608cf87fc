package command

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/fatih/color"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/session"
	"github.com/urfave/cli/v2"
)

// month drives a month of practice through the commands as the CLI runs
// them: each command gets its Env from JUDGE_NOW and JUDGE_HOME (envOf),
// with the bank swapped for the nine stand-in problems of testdata/month.
type month struct {
	t    *testing.T
	bank *Bank
	now  time.Time
	work string
}

// Solutions the user writes.
const (
	rightCode = "func solve(nums []int) int {\n\ts := 0\n\tfor _, v := range nums {\n\t\ts += v\n\t}\n\treturn s\n}\n"
	wrongCode = "func solve(nums []int) int {\n\treturn len(nums)\n}\n"
	brokenRun = "func solve(nums []int) int {\n\treturn nums[len(nums)]\n}\n"
)

func newMonth(t *testing.T) *month {
	ps, err := problem.LoadAll(os.DirFS("testdata/month"), ".")
	if err != nil {
		t.Fatal(err)
	}
	bank := &Bank{bySlug: map[string]*problem.Problem{}}
	for _, p := range ps {
		bank.slugs = append(bank.slugs, p.Slug)
		bank.bySlug[p.Slug] = p
	}
	sort.Strings(bank.slugs)
	d := t.TempDir()
	t.Setenv("JUDGE_CACHE", filepath.Join(d, "cache"))
	t.Setenv("JUDGE_HOME", filepath.Join(d, "home"))
	t.Setenv("JUDGE_NO_WARM", "1")
	t.Setenv("JUDGE_NO_WATCH", "1")
	return &month{t: t, bank: bank, work: filepath.Join(d, "work")}
}

// env is a command's Env, as the CLI makes it.
func (m *month) env() *Env {
	m.t.Helper()
	env, err := envOf(cli.NewContext(App(), flag.NewFlagSet("judge", flag.ContinueOnError), nil))
	if err != nil {
		m.t.Fatal(err)
	}
	env.Bank = func([]string) (*Bank, error) { return m.bank, nil }
	return env
}

// at sets the clock (JUDGE_NOW) to day d (from 1) of January 2030 at
// hh:mm UTC.
func (m *month) at(d int, hhmm string) {
	m.t.Helper()
	t, err := time.Parse("2006-01-02 15:04", fmt.Sprintf("2030-01-%02d %s", d, hhmm))
	if err != nil {
		m.t.Fatal(err)
	}
	m.set(t)
}

func (m *month) set(t time.Time) {
	m.now = t
	m.t.Setenv("JUDGE_NOW", t.Format(time.RFC3339))
}

// session is the running session.
func (m *month) session() *session.Session {
	m.t.Helper()
	s, err := m.env().Store.Load()
	if err != nil || s == nil {
		m.t.Fatalf("no session: %v", err)
	}
	return s
}

// start begins a round of slugs in a folder of its own, as `judge start`.
func (m *month) start(minutes float64, abandon bool, slugs ...string) {
	m.t.Helper()
	o := StartOptions{Slugs: slugs, Dir: filepath.Join(m.work, m.now.Format("0102-1504")), Abandon: abandon, Force: true}
	if minutes > 0 {
		o.Minutes = &minutes
	}
	if err := Start(new(bytes.Buffer), m.env(), o); err != nil {
		m.t.Fatalf("%s: start %v: %v", m.now, slugs, err)
	}
}

// write saves code as the running session's file for slug, edited after
// min minutes of the round.
func (m *month) write(slug, code string, min int) {
	m.t.Helper()
	s := m.session()
	for _, p := range s.Problems {
		if p.Slug == slug {
			if err := os.WriteFile(p.File, []byte(code), 0o644); err != nil {
				m.t.Fatal(err)
			}
			at := s.Started.Add(time.Duration(min) * time.Minute)
			if err := os.Chtimes(p.File, at, at); err != nil {
				m.t.Fatal(err)
			}
			return
		}
	}
	m.t.Fatalf("%s is not in the session", slug)
}

// submit judges the session after min minutes of it, as `judge submit`.
func (m *month) submit(min int) {
	m.t.Helper()
	m.set(m.session().Started.Add(time.Duration(min) * time.Minute))
	err := SubmitSession(context.Background(), new(bytes.Buffer), m.env(), true, nil)
	if err != nil && !errors.Is(err, errNotAccepted) {
		m.t.Fatalf("%s: submit: %v", m.now, err)
	}
}

// practise judges code for slug outside any round, as `judge submit
// --problem`.
func (m *month) practise(slug, code string) {
	m.t.Helper()
	file := filepath.Join(m.work, "practice-"+slug+".go")
	if err := os.WriteFile(file, []byte(code), 0o644); err != nil {
		m.t.Fatal(err)
	}
	if err := Submit(context.Background(), new(bytes.Buffer), m.env(), slug, []string{file}, true); err != nil && !errors.Is(err, errNotAccepted) {
		m.t.Fatalf("%s: practise %s: %v", m.now, slug, err)
	}
}

// round is a whole round: started at hh:mm on day d, each problem's code
// written after its minutes, submitted after submit minutes.
func (m *month) round(d int, hhmm string, submit int, work ...any) {
	m.t.Helper()
	m.at(d, hhmm)
	var slugs []string
	for i := 0; i < len(work); i += 3 {
		slugs = append(slugs, work[i].(string))
	}
	m.start(0, false, slugs...)
	for i := 0; i < len(work); i += 3 {
		m.write(work[i].(string), work[i+1].(string), work[i+2].(int))
	}
	m.submit(submit)
}

func (m *month) output(f func(*bytes.Buffer) error) string {
	m.t.Helper()
	var b bytes.Buffer
	if err := f(&b); err != nil {
		m.t.Fatalf("%s: %v", m.now, err)
	}
	return b.String()
}

// TestMonthOfPractice: solves, failures, overtime, abandons, a practice
// fix and a mock over January 2030; then `judge stats --json` and `judge
// next --json` must be exactly the golden files, and `judge next` is
// checked at points along the way.
func TestMonthOfPractice(t *testing.T) {
	if testing.Short() {
		t.Skip("judges a month of rounds")
	}
	noColor := color.NoColor
	color.NoColor = true
	t.Cleanup(func() { color.NoColor = noColor })
	m := newMonth(t)
	next := func() string {
		return m.output(func(b *bytes.Buffer) error { return Next(b, m.env(), NextOptions{JSON: true, Limit: 0}) })
	}
	firstNext := func() string {
		m.t.Helper()
		list, _, err := suggest(m.env(), "", 1)
		if err != nil || len(list) == 0 {
			m.t.Fatalf("next: %v %v", list, err)
		}
		return list[0].Slug + ": " + list[0].Reason
	}

	// Day 1: a new user starts where the learn plan starts.
	m.at(1, "09:00")
	if got, want := firstNext(), "sum-array: next in the learn plan: array, 0 of 2 solved"; got != want {
		t.Errorf("day 1: next is %q, want %q", got, want)
	}
	m.round(1, "10:00", 9, "sum-array", rightCode, 8)                               // on time, fast
	m.round(1, "11:00", 30, "sum-chars", rightCode, 12, "sum-graph", wrongCode, 25) // one of two
	// Day 2: the failure is due; an overtime pass.
	m.at(2, "09:00")
	if got, want := firstNext(), "sum-graph: failed yesterday: wrong_answer"; got != want {
		t.Errorf("day 2: next is %q, want %q", got, want)
	}
	m.round(2, "09:30", 20, "sum-pairs", rightCode, 19) // 17-minute clock: 2 minutes over
	// Day 3: a round abandoned after an edit, then one re-dealt untouched,
	// then the fix judged outside any round.
	m.at(3, "08:00")
	m.start(0, false, "sum-graph")
	m.write("sum-graph", wrongCode, 5)
	m.at(3, "08:20")
	m.start(0, true, "sum-tree")
	m.at(3, "08:21")
	m.start(0, true, "sum-dp") // sum-tree untouched: no attempt
	m.at(3, "08:22")
	m.start(0, true, "sum-array") // sum-dp untouched too
	m.at(3, "08:40")
	m.practise("sum-graph", rightCode)
	m.at(3, "08:41")
	m.start(0, true, "sum-chars") // drops the untouched sum-array round
	m.submit(14)                  // nothing edited: the stub, wrong
	// Days 4-6: a streak, with a runtime error and a two-problem round.
	m.round(4, "19:00", 15, "sum-graph", rightCode, 14)
	m.round(5, "19:00", 33, "sum-tree", brokenRun, 20, "sum-dp", rightCode, 30)
	m.round(6, "07:30", 12, "sum-array", rightCode, 11) // due on day 8: early
	// Day 9: a phone mock, the seed fixed.
	m.at(9, "18:00")
	if err := Mock(new(bytes.Buffer), m.env(), MockOptions{Format: "phone", Seed: 4, SeedSet: true, Dir: filepath.Join(m.work, "mock"), Force: true}); err != nil {
		t.Fatal(err)
	}
	for _, p := range m.session().Problems {
		m.write(p.Slug, rightCode, 15)
	}
	m.submit(31)
	// Days 12-20: reviews as they fall due, one failed.
	m.round(12, "20:00", 10, "sum-tree", rightCode, 9)
	m.round(13, "20:00", 14, "sum-chars", wrongCode, 13)
	m.round(14, "20:00", 16, "sum-chars", rightCode, 15)
	m.round(20, "20:00", 12, "sum-pairs", rightCode, 11)
	// Days 27-30: a streak up to yesterday; today has no round yet.
	m.round(27, "08:00", 16, "sum-graph", rightCode, 16)
	m.round(28, "08:00", 10, "sum-dp", wrongCode, 10)
	m.round(29, "08:00", 10, "sum-dp", rightCode, 10)

	// Day 30: a practice failure, which is no round: the streak holds.
	m.at(30, "10:00")
	m.practise("sum-heap", wrongCode)

	m.at(30, "12:00")
	stats := m.output(func(b *bytes.Buffer) error { return Stats(b, m.env(), StatsOptions{JSON: true}) })
	golden(t, "month-stats.json", []byte(stats))
	golden(t, "month-next.json", []byte(next()))
	text := m.output(func(b *bytes.Buffer) error { return Stats(b, m.env(), StatsOptions{Width: 100}) })
	golden(t, "month-stats.txt", []byte(text))
}
