package judge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
	"time"

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
	bin    string
	args   []string
	inputs []json.RawMessage
	limits sandbox.Limits
	// limit returns test i's time limit; nil means none.
	limit func(i int) time.Duration
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
	badLine  string
}

func (e *execution) run(ctx context.Context) (*outcome, error) {
	dir, err := os.MkdirTemp("", "judge-run-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	stdin, err := json.Marshal(e.inputs)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var mu sync.Mutex
	var timer *time.Timer
	o := &outcome{}
	onMessage := func(line []byte) bool {
		var m message
		if err := json.Unmarshal(line, &m); err != nil {
			o.badLine = string(line[:min(len(line), 200)])
			return false
		}
		mu.Lock()
		defer mu.Unlock()
		switch {
		case m.B != nil:
			o.started++
			if e.limit != nil {
				i := o.started - 1
				tl := e.limit(i)
				grace := killGrace(tl)
				timer = time.AfterFunc(tl+grace, func() { cancel(errTestTimeout) })
			}
		case m.E != nil:
			if timer != nil {
				timer.Stop()
			}
			o.finished++
			if *m.E != o.finished-1 {
				o.badLine = "result out of order"
				return false
			}
			return e.onResult(*m.E, &m)
		case m.Done:
			o.done = true
		case m.Fatal != "":
			o.fatal = m.Fatal
			return false
		default:
			if e.onOther != nil {
				e.onOther(&m)
			}
		}
		return true
	}
	res, err := sandbox.Run(ctx, sandbox.Spec{
		Path:      e.bin,
		Args:      e.args,
		Dir:       dir,
		Env:       []string{"PATH=/usr/bin:/bin", "HOME=" + dir, "TMPDIR=" + dir, "LANG=C.UTF-8", "GOTRACEBACK=single"},
		Stdin:     stdin,
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
	o.res = res
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
		return fmt.Errorf("the judge's channel carried a line it cannot read: %q", o.badLine)
	}
	return nil
}

// killGrace is how long past its limit a test may run before it is killed.
// A test that finishes late still gets time_limit_exceeded; the grace lets
// a runaway recursion reach Go's stack-overflow report (which walks the
// whole stack) so that it is judged a runtime error, as on LeetCode.
func killGrace(limit time.Duration) time.Duration {
	return 500*time.Millisecond + limit/4
}
