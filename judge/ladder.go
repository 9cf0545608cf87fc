package judge

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/judgehq/judge/judge/complexity"
	"github.com/judgehq/judge/judge/home"
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/sandbox"
)

// Ladder is a problem's inputs of growing size, made by its gen.go's
// sized(n) for each rung of problem.Ladder, on which a solution's time
// complexity is measured.
type Ladder struct {
	Sizes []int
	// bytes are the inputs' sizes in JSON.
	bytes []int
	// stdin is the inputs as one JSON array, as the driver reads them.
	stdin []byte
}

// Largest is the size in bytes of the ladder's largest input.
func (l *Ladder) Largest() int {
	most := 0
	for _, b := range l.bytes {
		most = max(most, b)
	}
	return most
}

// ladderVersion changes with the ladder cache's layout or meaning.
const ladderVersion = 2

// ladderHeader is the first line of a cached ladder; the inputs follow.
type ladderHeader struct {
	Version   int    `json:"version"`
	Hash      string `json:"hash"`
	GoVersion string `json:"go_version"`
	Sizes     []int  `json:"sizes"`
	Bytes     []int  `json:"bytes"`
}

// Ladder returns p's ladder, from the cache when it is there. Making one
// builds the reference with its generator and runs sized(n) for every
// rung.
func (j *Judge) Ladder(ctx context.Context, p *problem.Problem) (*Ladder, error) {
	if p.Ladder == nil {
		return nil, fmt.Errorf("%s has no ladder: its time complexity cannot be measured", p.Slug)
	}
	path := j.ladderPath(p)
	if path != "" {
		if l := readLadder(path, p); l != nil {
			return l, nil
		}
	}
	bin, cleanup, err := buildReference(ctx, p)
	defer cleanup()
	if err != nil {
		return nil, err
	}
	sizes := p.Ladder.Sizes()
	ns := make([]string, len(sizes))
	for i, n := range sizes {
		ns[i] = strconv.Itoa(n)
	}
	var inputs [][]byte
	ex := &execution{
		bin:    bin,
		args:   []string{"-sized=" + strings.Join(ns, ","), memArg(p.Limits.MemoryMB * 4)},
		limits: sandbox.Limits{Wall: 2 * time.Minute, Memory: int64(p.Limits.MemoryMB) << 20 * 4},
		onOther: func(m *message) {
			inputs = append(inputs, append([]byte(nil), m.Input...))
		},
	}
	o, err := ex.run(ctx)
	if err != nil {
		return nil, err
	}
	if err := o.internalError(); err != nil {
		return nil, fmt.Errorf("gen.go: sized: %w", err)
	}
	if !o.done || len(inputs) != len(sizes) {
		return nil, fmt.Errorf("gen.go: sized did not finish (%s): %s", describeExit(o.res), firstLines(string(o.res.Stderr), 8))
	}
	want := p.InputKeys()
	for i, in := range inputs {
		fields, err := objectFields(in)
		if err != nil {
			return nil, fmt.Errorf("gen.go: sized(%d): %w", sizes[i], err)
		}
		var got []string
		for k := range fields {
			got = append(got, k)
		}
		if !sameKeys(got, want) {
			return nil, fmt.Errorf("gen.go: sized(%d) has fields %v; the signature wants %v", sizes[i], got, want)
		}
	}
	l := &Ladder{Sizes: sizes, stdin: joinArray(len(inputs), func(i int) []byte { return inputs[i] })}
	for _, in := range inputs {
		l.bytes = append(l.bytes, len(in))
	}
	if path != "" {
		head, err := json.Marshal(ladderHeader{Version: ladderVersion, Hash: p.Hash, GoVersion: runtime.Version(), Sizes: sizes, Bytes: l.bytes})
		if err == nil {
			// A cache that cannot be written only costs time later.
			_ = home.WriteFileAtomic(path, append(append(head, '\n'), l.stdin...))
		}
	}
	return l, nil
}

func sameKeys(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	set := map[string]bool{}
	for _, k := range want {
		set[k] = true
	}
	for _, k := range got {
		if !set[k] {
			return false
		}
	}
	return true
}

func (j *Judge) ladderPath(p *problem.Problem) string {
	cal := j.calibrationPath(p)
	if cal == "" {
		return ""
	}
	return filepath.Join(filepath.Dir(filepath.Dir(cal)), "ladder", fmt.Sprintf("%s-%s.lad", p.Slug, p.Hash))
}

// readLadder reads a cached ladder, nil when there is no up-to-date one.
func readLadder(path string, p *problem.Problem) *Ladder {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	n := bytes.IndexByte(b, '\n')
	if n < 0 {
		return nil
	}
	var h ladderHeader
	if json.Unmarshal(b[:n], &h) != nil || h.Version != ladderVersion || h.Hash != p.Hash || h.GoVersion != runtime.Version() {
		return nil
	}
	return &Ladder{Sizes: h.Sizes, bytes: h.Bytes, stdin: b[n+1:]}
}

// Growth is a solution's time measured on a ladder, and its class.
type Growth struct {
	complexity.Measurement
	Rungs []complexity.Rung `json:"rungs"`
	// Stopped says why the ladder ended before its top, if it did.
	Stopped string `json:"stopped,omitempty"`
}

// Ladder limits: a rung's call may take rungLimit; each rung's call
// repeats until its times add up to rungMinNS, so that small sizes are
// measured over several calls. A rung is stopped rungWall past its start,
// on the clock: repeats decode their input anew, and a busy machine
// stretches the clock.
const (
	rungLimit = time.Second
	rungMinNS = 2_000_000
	rungWall  = 2 * time.Second
)

// Measure times c on the ladder l of its problem and tells the class of
// its growth. The ladder stops at the first rung past rungLimit or that
// fails: what it measured until then is the evidence.
func (j *Judge) Measure(ctx context.Context, c *Compiled, l *Ladder) (*Growth, error) {
	if c.err != nil {
		return nil, errors.New("the solution does not compile")
	}
	g := &Growth{}
	var stoppedAt int64
	ex := &execution{
		bin:   c.bin,
		args:  []string{memArg(c.problem.Limits.MemoryMB), "-minns=" + strconv.Itoa(rungMinNS)},
		stdin: l.stdin,
		tests: len(l.Sizes),
		limits: sandbox.Limits{
			Wall:   time.Duration(len(l.Sizes))*rungWall + 10*time.Second,
			CPU:    2*time.Duration(len(l.Sizes))*rungWall + 10*time.Second,
			Memory: int64(c.problem.Limits.MemoryMB) << 20,
			Output: outputLimit,
		},
		limit: func(int) time.Duration { return rungWall },
		grace: shortGrace,
		onResult: func(i int, m *message) bool {
			n := l.Sizes[i]
			switch {
			case m.Panic != "":
				g.Stopped = fmt.Sprintf("n=%d: the solution panicked (%s)", n, firstLines(m.Panic, 1))
				return false
			case m.Err != "":
				g.Stopped = fmt.Sprintf("n=%d: %s", n, firstLines(m.Err, 1))
				return false
			case time.Duration(m.NS) > rungLimit:
				g.Stopped = fmt.Sprintf("n=%d took %s, past the ladder's %s a size", n, ShowNS(m.NS), rungLimit)
				stoppedAt = m.NS
				return false
			}
			g.Rungs = append(g.Rungs, complexity.Rung{N: n, NS: m.NS})
			return true
		},
	}
	o, err := ex.run(ctx)
	if err != nil {
		return nil, err
	}
	if g.Stopped == "" && !o.done {
		next := l.Sizes[min(len(g.Rungs), len(l.Sizes)-1)]
		switch {
		case o.timedOut || o.res.Stop == sandbox.WallLimit || o.res.Stop == sandbox.CPULimit:
			g.Stopped = fmt.Sprintf("n=%d ran past %s on the clock and was stopped", next, rungWall)
			stoppedAt = int64(rungLimit)
		case o.res.Stop == sandbox.MemoryLimit:
			g.Stopped = fmt.Sprintf("n=%d used more than %d MB", next, c.problem.Limits.MemoryMB)
		default:
			g.Stopped = fmt.Sprintf("n=%d: the program ended (%s)", next, describeExit(o.res))
		}
	}
	g.Measurement = complexity.Classify(g.Rungs, stoppedAt)
	return g, nil
}
