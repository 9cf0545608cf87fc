// Package verdict names what judging decides and how answers are compared:
// verdicts and comparison modes as typed values, shared by the problem
// format, the engine, the review and the history, so that no list of their
// names is kept in step by hand anywhere else.
package verdict

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

// Parse reads a verdict's JSON name.
func Parse(s string) (Verdict, error) {
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
	p, err := Parse(s)
	*v = p
	return err
}

// All lists every verdict, in order.
func All() []Verdict {
	out := make([]Verdict, len(verdictNames))
	for i := range out {
		out[i] = Verdict(i)
	}
	return out
}

// Comparison is how a test's answer is compared with the expected one.
type Comparison string

// The comparison modes.
const (
	// Exact: equal values.
	Exact Comparison = "exact"
	// AnyOrder: the top-level list in any order.
	AnyOrder Comparison = "any_order"
	// NestedAnyOrder: the inner lists and the outer list in any order.
	NestedAnyOrder Comparison = "nested_any_order"
	// Float: numbers within compare.Tolerance, absolute or relative.
	Float Comparison = "float"
	// Checker: a checker decides.
	Checker Comparison = "checker"
)

// Comparisons lists every comparison mode.
func Comparisons() []Comparison {
	return []Comparison{Exact, AnyOrder, NestedAnyOrder, Float, Checker}
}
