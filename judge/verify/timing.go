package verify

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/judgehq/judge/judge"
	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/problem"
)

// TimingRuns is how often the timing check runs each program: a time limit
// that lies once in twenty runs lies to someone every day.
const TimingRuns = 20

// Timing is how a problem's time limits held up. The reference must be
// accepted in every run while the machine's other cores are kept busy;
// every mutant that declares time_limit_exceeded must get it in every run
// on an otherwise idle machine. Each program is compiled once and run
// again and again, so the check measures the limits, not the build; each
// run is a single one, without the second run a submit makes to confirm
// a time limit exceeded, so the limits themselves must hold.
type Timing struct {
	Slug      string
	Reference Runs
	Mutants   []Runs // the mutants that declare time_limit_exceeded
	Findings  []string
	Duration  time.Duration
}

// OK reports whether every run got its verdict.
func (t *Timing) OK() bool { return len(t.Findings) == 0 }

// Runs is one program's runs.
type Runs struct {
	Name     string
	Want     judge.Verdict
	Verdicts map[judge.Verdict]int
	// Share is, for the reference, the largest share of its limit any test
	// took in any run; for a mutant, the smallest multiple of its limit the
	// failing test took among the runs that finished it. Far from 1 both
	// ways means the limits separate the complexity classes with room to
	// spare.
	Share float64
	// Killed counts the runs a mutant was stopped in, past its limit and
	// the grace after it, before it finished the test.
	Killed int
}

// Got is how many runs got the wanted verdict.
func (r *Runs) Got() int { return r.Verdicts[r.Want] }

func (r *Runs) String() string {
	s := fmt.Sprintf("%s %d/%d %s", r.Name, r.Got(), total(r.Verdicts), r.Want)
	var other []string
	for v, n := range r.Verdicts {
		if v != r.Want {
			other = append(other, fmt.Sprintf("%d %s", n, v))
		}
	}
	slices.Sort(other)
	if len(other) > 0 {
		s += " (" + strings.Join(other, ", ") + ")"
	}
	switch {
	case r.Want == judge.Accepted:
		return s + fmt.Sprintf(", slowest test at %.1f%% of its limit", 100*r.Share)
	case r.Killed == total(r.Verdicts):
		return s + ", stopped at the limit every time"
	case r.Killed > 0:
		return s + fmt.Sprintf(", stopped at the limit %d times, else at least %.1fx it", r.Killed, r.Share)
	}
	return s + fmt.Sprintf(", at least %.1fx its limit", r.Share)
}

func total(m map[judge.Verdict]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// CheckTiming runs p's timing check with runs runs per program.
func CheckTiming(ctx context.Context, j *judge.Judge, p *problem.Problem, runs int) *Timing {
	start := time.Now()
	t := &Timing{Slug: p.Slug}
	defer func() { t.Duration = time.Since(start) }()
	add := func(format string, args ...any) { t.Findings = append(t.Findings, fmt.Sprintf(format, args...)) }

	cal, err := j.Calibrate(ctx, p)
	if err != nil {
		add("%v", err)
		return t
	}
	t.Reference = Runs{Name: "solution.go", Want: judge.Accepted, Verdicts: map[judge.Verdict]int{}}
	stop := loadOtherCPUs()
	err = repeat(ctx, j, p, cal, driver.Source{Name: p.Slug + "/solution.go", Code: p.Solution}, runs, &t.Reference)
	stop()
	if err != nil {
		add("solution.go: %v", err)
		return t
	}
	if got := t.Reference.Got(); got != runs {
		add("solution.go: accepted in %d of %d runs while the other cores were busy: the limits are too tight for this machine's noise", got, runs)
	}
	for _, m := range p.Mutants {
		if !m.Wants(judge.TimeLimitExceeded) {
			continue
		}
		r := Runs{Name: "mutants/" + m.Name + ".go", Want: judge.TimeLimitExceeded, Verdicts: map[judge.Verdict]int{}}
		slow := *j
		slow.ExpectSlow = true
		if err := repeat(ctx, &slow, p, cal, driver.Source{Name: p.Slug + "/" + r.Name, Code: m.Source}, runs, &r); err != nil {
			add("%s: %v", r.Name, err)
			continue
		}
		if got := r.Got(); got != runs {
			add("%s: time_limit_exceeded in %d of %d runs: make the large tests larger, so the classes lie further apart", r.Name, got, runs)
		}
		t.Mutants = append(t.Mutants, r)
	}
	return t
}

// repeat compiles src once and judges it runs times, tallying into r.
func repeat(ctx context.Context, j *judge.Judge, p *problem.Problem, cal *judge.Calibration, src driver.Source, runs int, r *Runs) error {
	c, err := judge.Compile(ctx, p, src)
	if err != nil {
		return err
	}
	defer c.Close()
	if r.Want != judge.Accepted {
		r.Share = -1
	}
	for range runs {
		rep, err := j.RunOnce(ctx, c, cal)
		if err != nil {
			return err
		}
		r.Verdicts[rep.Verdict]++
		share := shareOfLimit(rep, cal)
		switch {
		case r.Want == judge.Accepted:
			r.Share = max(r.Share, share)
		case rep.Verdict == judge.TimeLimitExceeded && len(rep.TestNS) <= rep.Passed:
			r.Killed++ // stopped past its limit, time unknown
		case rep.Verdict == judge.TimeLimitExceeded:
			if r.Share < 0 || share < r.Share {
				r.Share = share
			}
		}
	}
	r.Share = max(r.Share, 0)
	return nil
}

// shareOfLimit is, for an accepted run, the largest share of its limit a
// test took; for a time limit exceeded that finished its test, that
// test's time over its limit.
func shareOfLimit(rep *judge.Report, cal *judge.Calibration) float64 {
	if rep.Verdict == judge.TimeLimitExceeded {
		i := rep.Passed
		if i >= len(rep.TestNS) || i >= len(cal.Tests) {
			return 0
		}
		return float64(rep.TestNS[i]) / float64(cal.Tests[i].LimitNS)
	}
	most := 0.0
	for i, ns := range rep.TestNS {
		if i < len(cal.Tests) && cal.Tests[i].LimitNS > 0 {
			most = max(most, float64(ns)/float64(cal.Tests[i].LimitNS))
		}
	}
	return most
}

// loadOtherCPUs keeps all but one of the machine's CPUs busy until stop
// is called, as a user's browser, editor and builds would.
func loadOtherCPUs() (stop func()) {
	var done atomic.Bool
	var wg sync.WaitGroup
	for range max(runtime.NumCPU()-1, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.LockOSThread()
			x := uint64(1)
			for !done.Load() {
				for range 1 << 16 {
					x = x*6364136223846793005 + 1442695040888963407
				}
			}
			_ = x
		}()
	}
	return func() {
		done.Store(true)
		wg.Wait()
	}
}
