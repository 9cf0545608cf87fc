// Package progresstest makes histories for the tests and benchmarks of
// progress and of the commands built on it.
package progresstest

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/session"
)

// History is a synthetic history of n attempts over bank: rounds of one
// or two problems every three hours, with failures, overtime, abandons
// and practice fixes, each judged file's code being code.
func History(bank []*problem.Problem, n int, seed uint64, code string) []session.Record {
	rng := rand.New(rand.NewPCG(seed, 2))
	start := time.Date(2027, 1, 1, 8, 0, 0, 0, time.UTC)
	verdicts := []string{"accepted", "accepted", "accepted", "wrong_answer", "time_limit_exceeded", "runtime_error", "compile_error"}
	formats := []string{"", "", "phone", "phone-senior", "onsite"}
	var out []session.Record
	for i, made := 0, 0; made < n; i++ {
		t := start.Add(time.Duration(i) * 3 * time.Hour)
		k := 1 + rng.IntN(2)
		if made+k > n {
			k = n - made
		}
		r := session.Record{Session: fmt.Sprintf("s%06d", i), Format: formats[rng.IntN(len(formats))], Outcome: session.OutcomeJudged,
			Started: t, Deadline: t.Add(time.Duration(17*k) * time.Minute), Ended: t.Add(time.Duration(10+rng.IntN(25)) * time.Minute)}
		switch x := rng.IntN(20); {
		case x == 0:
			r.Outcome = session.OutcomeAbandoned
		case x < 3:
			r.Outcome, r.Format, r.Deadline = session.OutcomePractice, "", t
		}
		if r.Outcome == session.OutcomePractice {
			k = 1
		}
		r.Overtime = r.Outcome == session.OutcomeJudged && r.Ended.After(r.Deadline)
		for range k {
			p := bank[rng.IntN(len(bank))]
			a := session.Attempt{Slug: p.Slug, Title: p.Title, Difficulty: p.Difficulty, Topics: p.Topics,
				Verdict: verdicts[rng.IntN(len(verdicts))], TestsPassed: 10, TestsTotal: 20,
				SecondsUsed: 60 * (3 + rng.IntN(30)), Edited: true, Code: code}
			if r.Outcome == session.OutcomeAbandoned {
				a.Verdict = session.VerdictAbandoned
			}
			r.Attempts = append(r.Attempts, a)
		}
		made += k
		out = append(out, r)
	}
	return out
}

// ReportCPU runs the benchmark's loop and reports the CPU time per
// operation as cpu-ms/op.
func ReportCPU(b *testing.B, op func()) {
	start := CPUTime()
	n := 0
	for b.Loop() {
		op()
		n++
	}
	if n > 0 {
		b.ReportMetric(float64(CPUTime()-start)/float64(n)/1e6, "cpu-ms/op")
	}
}
