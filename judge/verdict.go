// Package judge judges a Go solution of a problem: it builds the solution
// with a generated driver, runs it in the sandbox on the problem's tests
// under time limits calibrated from the reference solution, compares the
// outputs and explains the first failure.
package judge

import (
	"encoding/json"
	"fmt"
)

// Verdict is the outcome of judging a solution.
type Verdict int

// The verdicts, in LeetCode's terms.
const (
	Accepted Verdict = iota
	WrongAnswer
	TimeLimitExceeded
	MemoryLimitExceeded
	RuntimeError
	CompileError
	OutputLimitExceeded
)

var verdictNames = [...]string{
	"accepted", "wrong_answer", "time_limit_exceeded", "memory_limit_exceeded",
	"runtime_error", "compile_error", "output_limit_exceeded",
}

var verdictTitles = [...]string{
	"Accepted", "Wrong Answer", "Time Limit Exceeded", "Memory Limit Exceeded",
	"Runtime Error", "Compile Error", "Output Limit Exceeded",
}

// String is the verdict's JSON name, e.g. "wrong_answer".
func (v Verdict) String() string {
	if v < 0 || int(v) >= len(verdictNames) {
		return fmt.Sprintf("verdict(%d)", int(v))
	}
	return verdictNames[v]
}

// Title is the verdict as a judge's page shows it, e.g. "Wrong Answer".
func (v Verdict) Title() string {
	if v < 0 || int(v) >= len(verdictTitles) {
		return v.String()
	}
	return verdictTitles[v]
}

// ParseVerdict reads a verdict's JSON name.
func ParseVerdict(s string) (Verdict, error) {
	for i, n := range verdictNames {
		if n == s {
			return Verdict(i), nil
		}
	}
	return 0, fmt.Errorf("unknown verdict %q", s)
}

// MarshalJSON writes the verdict's name.
func (v Verdict) MarshalJSON() ([]byte, error) { return json.Marshal(v.String()) }

// UnmarshalJSON reads a verdict's name.
func (v *Verdict) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, err := ParseVerdict(s)
	*v = p
	return err
}
