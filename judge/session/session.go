// Package session keeps a timed practice round: its problems, files, clock
// and verdicts, the phase the clock puts it in, the pick of mock rounds and
// the history of attempts. Store does the file I/O; the rest is pure.
package session

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/judgehq/judge/judge/behavioral"
	"github.com/judgehq/judge/judge/design"
	"github.com/judgehq/judge/judge/report"
	"github.com/judgehq/judge/judge/verdict"
)

// Version is the session state format; a state with another version is
// set aside, not guessed at. Version 2 added the rounds of a loop; a
// version 1 state is one coding round and reads as one.
const Version = 2

// PerProblem is the default clock of one problem: clarify 3, plan 5, code 5,
// pseudo-run 2 and close 2 minutes.
const PerProblem = 17 * time.Minute

// MaxDuration bounds a session's clock: longer is a typo.
const MaxDuration = 24 * time.Hour

// Session is a practice session: one round, or a loop of rounds run one
// after another (a mock onsite), each on its own clock. The current
// round's fields sit at the top level, where version 1 kept the one
// round's.
type Session struct {
	Version int    `json:"version"`
	ID      string `json:"id"`
	// Format is the mock format, empty for a session from `judge start`.
	Format string `json:"format,omitempty"`
	// Level is the loop's level (e4, e5, e6), set by a mock.
	Level string `json:"level,omitempty"`
	// Seed made the mock's pick.
	Seed int64 `json:"seed,omitempty"`
	// Dir holds a folder per problem with the user's solution.go, and the
	// notepads of the rounds without code.
	Dir string `json:"dir"`
	// ProblemDirs are the extra problem folders the session's problems may
	// come from (absolute), so that later commands find them too.
	ProblemDirs []string `json:"problem_dirs,omitempty"`
	// Round is the current round.
	Round
	// Done are the loop's rounds before the current one, judged; Next those
	// after it, not started.
	Done []Round `json:"done_rounds,omitempty"`
	Next []Round `json:"next_rounds,omitempty"`
	// Behavioral is the question a version 1 senior phone screen showed
	// after its coding round; loops now run a behavioral round instead.
	Behavioral string `json:"behavioral,omitempty"`
}

// Problem is one problem of a session and the user's file for it.
type Problem struct {
	Slug       string   `json:"slug"`
	Title      string   `json:"title"`
	Difficulty string   `json:"difficulty"`
	Topics     []string `json:"topics"`
	File       string   `json:"file"` // absolute
	// Hints are when each hint was taken, in seconds from the start.
	Hints []int `json:"hints,omitempty"`
}

// Result is a judged session.
type Result struct {
	Submitted       time.Time        `json:"submitted"`
	Overtime        bool             `json:"overtime"`
	OvertimeSeconds int              `json:"overtime_seconds"`
	Files           []FileResult     `json:"files"`
	Reports         []*report.Report `json:"reports"`
	// Reviews grade each problem's round beyond its verdict; nil where a
	// review could not be made.
	Reviews []*report.Review `json:"reviews,omitempty"`
	// Design is an ML design round's review; Behavioral a behavioral
	// round's.
	Design     *design.Review     `json:"design,omitempty"`
	Behavioral *behavioral.Review `json:"behavioral,omitempty"`
}

// FileResult is what the judge saw of one solution file.
type FileResult struct {
	Slug     string    `json:"slug"`
	Modified time.Time `json:"modified"`
	Missing  bool      `json:"missing,omitempty"`
	// Edited reports whether the file changed after the start.
	Edited bool `json:"edited"`
	// SecondsUsed is the last edit's time from the start, 0 if unedited.
	SecondsUsed int  `json:"seconds_used"`
	Overtime    bool `json:"overtime"`
}

// Passed reports whether the round counts as passed, on time: a coding
// round's problems all accepted; a design round's sections all written; a
// behavioral round's answers all complete (every STAR part, a figure in
// the result).
func (r *Result) Passed() bool {
	switch {
	case r.Overtime:
		return false
	case r.Design != nil:
		return r.Design.Complete()
	case r.Behavioral != nil:
		return r.Behavioral.Complete == r.Behavioral.Total
	case len(r.Reports) == 0:
		return false
	}
	for _, rep := range r.Reports {
		if rep == nil || rep.Verdict != verdict.Accepted {
			return false
		}
	}
	return true
}

// New makes a session of one coding round on ps that starts at now, to the
// second, and lasts d.
func New(ps []Problem, now time.Time, d time.Duration, dir string) *Session {
	s := NewLoop([]Round{{Kind: KindCoding, Problems: ps, PlannedSeconds: Seconds(d)}}, now, dir)
	s.Deadline = s.Started.Add(d) // to the millisecond, as --minutes allows
	return s
}

// NewLoop makes a session of rounds, each with its content and its
// PlannedSeconds; the first starts at now, to the second.
func NewLoop(rounds []Round, now time.Time, dir string) *Session {
	now = now.Truncate(time.Second)
	s := &Session{Version: Version, ID: newID(now), Dir: dir, Round: rounds[0]}
	s.Next = append([]Round(nil), rounds[1:]...)
	s.Round.start(now)
	return s
}

func newID(now time.Time) string {
	var b [3]byte
	_, _ = rand.Read(b[:])
	return now.UTC().Format("20060102-150405") + "-" + hex.EncodeToString(b[:])
}

// DefaultDuration is the clock of a session of n problems.
func DefaultDuration(n int) time.Duration { return time.Duration(max(n, 1)) * PerProblem }

// Minutes turns a --minutes value, fractions allowed, into a clock.
func Minutes(m float64) (time.Duration, error) {
	if math.IsNaN(m) || m <= 0 {
		return 0, fmt.Errorf("--minutes must be more than 0, e.g. 35 or 0.5")
	}
	d := time.Duration(m * float64(time.Minute)).Round(time.Millisecond)
	if d > MaxDuration {
		return 0, fmt.Errorf("--minutes %g is more than a day", m)
	}
	if d < time.Second {
		return 0, fmt.Errorf("--minutes %g is less than a second", m)
	}
	return d, nil
}

// Phase is where a session stands.
type Phase int

// The phases, in order.
const (
	// NoSession: nothing has been started, or the state was set aside.
	NoSession Phase = iota
	// Notepad: the clock runs and nothing may execute.
	Notepad
	// TimeUp: the deadline passed; the session waits to be judged.
	TimeUp
	// Judged: submitted and judged; the result is recorded.
	Judged
)

var phaseNames = [...]string{"none", "notepad", "time_up", "judged"}

// String is the phase's JSON name.
func (p Phase) String() string {
	if p < 0 || int(p) >= len(phaseNames) {
		return fmt.Sprintf("phase(%d)", int(p))
	}
	return phaseNames[p]
}

// MarshalJSON writes the phase's name.
func (p Phase) MarshalJSON() ([]byte, error) { return json.Marshal(p.String()) }

// PhaseAt is the phase of the session's current round at now; a nil
// session has none.
func (s *Session) PhaseAt(now time.Time) Phase {
	if s == nil {
		return NoSession
	}
	return s.Round.PhaseAt(now)
}

// Seconds is d in whole seconds, rounded up: a countdown shows 0:01 until
// the very end.
func Seconds(d time.Duration) int {
	return int((d + time.Second - 1) / time.Second)
}

// Clock formats d, rounded up to the second, as m:ss or h:mm:ss.
func Clock(d time.Duration) string {
	neg := d < 0
	if neg {
		d = -d
	}
	s := Seconds(d)
	out := fmt.Sprintf("%d:%02d", s/60, s%60)
	if s >= 3600 {
		out = fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	if neg {
		out = "-" + out
	}
	return out
}

// Elapsed formats time gone by, rounded down to the second, as Clock does.
func Elapsed(d time.Duration) string { return Clock(d.Truncate(time.Second)) }

// FileState is what the file system says about a solution file when the
// session is judged.
type FileState struct {
	Modified time.Time
	Missing  bool
}

// Grade makes the round's result from its files (in the order of Files)
// and, for a coding round, the reports in the order of its problems. A
// file modified after the deadline makes the round overtime by the latest
// such edit.
func (s *Round) Grade(files []FileState, reports []*report.Report, submitted time.Time) *Result {
	r := &Result{Submitted: submitted, Reports: reports}
	var late time.Duration
	for i, name := range s.fileNames() {
		f := FileResult{Slug: name, Missing: files[i].Missing}
		if !f.Missing {
			f.Modified = files[i].Modified
			f.Edited = f.Modified.After(s.Started)
			if f.Edited {
				f.SecondsUsed = int(f.Modified.Sub(s.Started) / time.Second)
			}
			if over := f.Modified.Sub(s.Deadline); over > 0 {
				f.Overtime = true
				late = max(late, over)
			}
		}
		r.Files = append(r.Files, f)
	}
	if late > 0 {
		r.Overtime = true
		r.OvertimeSeconds = Seconds(late)
	}
	return r
}
