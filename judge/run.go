package judge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/judgehq/judge/judge/driver"
	"github.com/judgehq/judge/judge/sandbox"
)

// message is one line the driver writes on the judge's channel.
type message struct {
	B     *int            `json:"b"`
	E     *int            `json:"e"`
	NS    int64           `json:"ns"`
	Out   json.RawMessage `json:"out"`
	Err   string          `json:"err"`
	Panic string          `json:"panic"`
	Stack string          `json:"stack"`
	Done  bool            `json:"done"`
	Fatal string          `json:"fatal"`
	Name  string          `json:"name"`
	Input json.RawMessage `json:"input"`
}

// errTestTimeout is the cause of a run stopped by a test's time limit.
var errTestTimeout = errors.New("test time limit")

// execution is one run of a compiled program over a list of inputs.
type execution struct {
	bin  string
	args []string
	// stdin is the tests' inputs as one JSON array (see InputsJSON), made
	// once per calibration rather than once per run; tests is its length.
	stdin  []byte
	tests  int
	limits sandbox.Limits
	// limit returns test i's time limit; nil means none.
	limit func(i int) time.Duration
	// grace is how long past its limit a test runs before it is stopped;
	// nil means killGrace.
	grace func(limit time.Duration) time.Duration
	// onResult receives each finished test; returning false stops the run.
	onResult func(i int, m *message) bool
	// onOther receives generator lines and the like.
	onOther func(m *message)
}

// outcome is what an execution saw.
type outcome struct {
	res      *sandbox.Result
	started  int  // tests begun
	finished int  // tests whose result arrived
	done     bool // the driver said it finished every test
	timedOut bool // a test ran past its limit and was killed
	fatal    string
	// stoppedNS is how long the program had run, when the run ended,
	// since its last test began or ended (or since it started): the
	// time of the test it was stopped in.
	stoppedNS int64
	// badLine is the first line on the channel that broke the protocol:
	// unreadable, out of order, or of a kind the run does not expect.
	badLine string
}

// protocol checks the lines of one run against the only order the driver
// writes them in: for a run over inputs, "b" i then "e" i for each test in
// turn and "done" after the last; for a generator run, cases then "done".
// Anything else was written by someone else on the driver's descriptor.
type protocol struct {
	tests int // inputs of the run; -1 for a generator run
	o     *outcome
}

// check returns why m cannot come now, or "".
func (p *protocol) check(m *message) string {
	o := p.o
	kinds := 0
	for _, set := range []bool{m.B != nil, m.E != nil, m.Done, m.Fatal != "", m.Name != ""} {
		if set {
			kinds++
		}
	}
	switch {
	case kinds != 1:
		return "a line that is not one of the driver's messages"
	case o.done:
		return "a line after the run ended"
	case m.Fatal != "":
		return ""
	case p.tests < 0:
		if m.B != nil || m.E != nil {
			return "a test result in a generator run"
		}
		return ""
	case m.Name != "":
		return "a generated case in a test run"
	case m.B != nil:
		if o.started != o.finished {
			return fmt.Sprintf("test %d begun before test %d ended", *m.B, o.started-1)
		}
		if *m.B != o.started || *m.B >= p.tests {
			return fmt.Sprintf("test %d begun where test %d comes", *m.B, o.started)
		}
	case m.E != nil:
		if o.started != o.finished+1 || *m.E != o.finished {
			return fmt.Sprintf("a result for test %d where test %d was running", *m.E, o.started-1)
		}
	case m.Done:
		if o.finished != p.tests {
			return fmt.Sprintf("the end of the run after %d of %d tests", o.finished, p.tests)
		}
	}
	return ""
}

func (e *execution) run(ctx context.Context) (*outcome, error) {
	dir, err := os.MkdirTemp("", "judge-run-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var mu sync.Mutex
	var timer *time.Timer
	o := &outcome{}
	last := time.Now() // the start, or the last test's begin or end
	// Outside its tests (start-up, package variables and init, decoding
	// the next input) a run has a clock too, or a solution spinning in
	// init would hold the judge to the whole run's wall limit.
	var between *time.Timer
	if e.limit != nil {
		between = time.AfterFunc(outsideTests, func() { cancel(errTestTimeout) })
	}
	proto := &protocol{tests: e.tests, o: o}
	if e.onOther != nil {
		proto.tests = -1
	}
	onMessage := func(line []byte) bool {
		mu.Lock()
		defer mu.Unlock()
		var m message
		if err := json.Unmarshal(line, &m); err != nil {
			o.badLine = string(line[:min(len(line), 200)])
			return false
		}
		if why := proto.check(&m); why != "" {
			o.badLine = why
			return false
		}
		switch {
		case m.B != nil:
			o.started++
			last = time.Now()
			if between != nil {
				between.Stop()
			}
			if e.limit != nil {
				tl := e.limit(*m.B)
				grace := killGrace
				if e.grace != nil {
					grace = e.grace
				}
				timer = time.AfterFunc(tl+grace(tl), func() { cancel(errTestTimeout) })
			}
		case m.E != nil:
			last = time.Now()
			if timer != nil {
				timer.Stop()
			}
			o.finished++
			ok := e.onResult(*m.E, &m)
			// The clock outside tests starts once the judge has judged
			// the result: comparing a big answer (slow under -race on a
			// busy machine) is the judge's time, not the program's.
			if between != nil {
				between.Reset(outsideTests)
			}
			return ok
		case m.Done:
			o.done = true
		case m.Fatal != "":
			o.fatal = m.Fatal
			return false
		default:
			e.onOther(&m)
		}
		return true
	}
	res, err := sandbox.Run(ctx, sandbox.Spec{
		Path: e.bin,
		Dir:  dir,
		// The driver reads its settings from the environment: os.Args
		// would cost every judged program the os package. math/rand's
		// global functions draw the same numbers in every run
		// (randautoseed=0 seeds them as Seed(1) did), so that a randomized
		// solution's verdict is reproducible.
		Env:       []string{"PATH=/usr/bin:/bin", "LANG=C.UTF-8", "GOTRACEBACK=single", "GODEBUG=randautoseed=0", driver.ArgsEnv + "=" + strings.Join(e.args, " ")},
		Stdin:     e.stdin,
		Limits:    e.limits,
		OnMessage: onMessage,
	})
	if err != nil {
		return nil, err
	}
	mu.Lock()
	defer mu.Unlock()
	if timer != nil {
		timer.Stop()
	}
	if between != nil {
		between.Stop()
	}
	o.res = res
	o.stoppedNS = int64(time.Since(last))
	if res.Stop == sandbox.Canceled {
		if errors.Is(context.Cause(ctx), errTestTimeout) {
			o.timedOut = true
		} else {
			return nil, context.Cause(ctx)
		}
	}
	return o, nil
}

func memArg(mb int) string { return "-mem=" + strconv.Itoa(mb) }

func (o *outcome) internalError() error {
	switch {
	case o.fatal != "":
		return fmt.Errorf("the judge's driver failed: %s", o.fatal)
	case o.badLine != "":
		return fmt.Errorf("the judge's channel broke its protocol: %s", o.badLine)
	}
	return nil
}

// outsideTests bounds each stretch of a judged run outside its tests.
const outsideTests = 5 * time.Second

// killGrace is how long past its limit a test may run before it is killed.
// A test that finishes late still gets time_limit_exceeded; the grace lets
// a runaway recursion reach Go's stack-overflow report (which walks the
// whole stack) so that it is judged a runtime error, as on LeetCode, and
// lets a huge answer be encoded and sent (the clock runs from the test's
// start until its result arrives), so that it is judged by its size even
// on a loaded machine.
func killGrace(limit time.Duration) time.Duration {
	return time.Second + limit/4
}

// shortGrace is the grace of Judge.ExpectSlow: a quarter of the limit,
// for a machine's noise, without the second for reports.
func shortGrace(limit time.Duration) time.Duration {
	return limit / 4
}
