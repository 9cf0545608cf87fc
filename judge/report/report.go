// Package report holds what judging a solution says of it — the verdict's
// report and the review beyond it — as plain values: the engine makes
// them, the session keeps them, the CLI renders them.
package report

import (
	"github.com/judgehq/judge/judge/problem"
	"github.com/judgehq/judge/judge/verdict"
)

// Report is the verdict on one solution, as `judge submit --json` prints it.
type Report struct {
	Problem string          `json:"problem"`
	Verdict verdict.Verdict `json:"verdict"`
	Passed  int             `json:"passed"`
	Total   int             `json:"total"`
	TimeMS  float64         `json:"time_ms"`
	// LimitMS is, for time_limit_exceeded, the time limit of the test
	// that exceeded it; TimeMS is then that test's time alone (for a test
	// stopped at its limit, how long it had run), never the time of the
	// tests before it.
	LimitMS  float64  `json:"limit_ms,omitempty"`
	MemoryKB int64    `json:"memory_kb"`
	Failure  *Failure `json:"failure,omitempty"`
	// Cases are the examples one by one, in order, when only the
	// statement's examples run (judge run), each run even after one
	// fails; Failure is the first failing one's.
	Cases      []Case              `json:"cases,omitempty"`
	Complexity *problem.Complexity `json:"expected_complexity,omitempty"`
	// TestNS is the time of each test that finished, in order: what the
	// timing checks read, not part of the JSON report.
	TestNS []int64 `json:"-"`
	// BeforeTest says the run failed outside any test (in init, say), so
	// that no later test could run either: judge run stops there. Not
	// part of the JSON report.
	BeforeTest bool `json:"-"`
}

// Case is an example, with what the solution answered and printed on it.
type Case struct {
	Test   string `json:"test"`
	Input  string `json:"input"`
	Output string `json:"output"`
	Stdout string `json:"stdout"`
	// Passed says the answer is right; when it is not, Verdict and
	// Failure say why.
	Passed  bool            `json:"passed"`
	Verdict verdict.Verdict `json:"verdict"`
	Failure *Failure        `json:"failure,omitempty"`
}

// Failure describes a test that failed.
type Failure struct {
	Test     string `json:"test"`
	Input    string `json:"input"`
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
	Diff     string `json:"diff"`
	Message  string `json:"message"`
	Stdout   string `json:"stdout"`
	// Operation is a design problem's first wrong result, which Message
	// states in a line; there is no diff then.
	Operation *Operation `json:"operation,omitempty"`
	// Difference locates the first difference of an answer too long to
	// show whole, which Message states in a line; there is no diff then.
	Difference *Window `json:"difference,omitempty"`
}

// Operation is the operation of a design problem's test whose result was
// wrong.
type Operation struct {
	// Index is its place in the test's operations, the constructor's
	// being 0.
	Index int    `json:"index"`
	Name  string `json:"name"`
	// Arguments are its arguments, as a JSON list.
	Arguments string `json:"arguments"`
	Expected  string `json:"expected"`
	Actual    string `json:"actual"`
}

// Window is where a long answer first differs from the expected one, with
// the values around that place in both.
type Window struct {
	// Index is the first differing element's index, one for each level
	// of nesting looked into: [53211] in a list, [57, 203] in a list of
	// long lists. It may be the length of the shorter value.
	Index []int `json:"index"`
	// From is the index of the first value shown, in the innermost list
	// (or string).
	From int `json:"from"`
	// Expected and Actual are the values shown: a JSON list of elements,
	// or a JSON string of characters.
	Expected string `json:"expected"`
	Actual   string `json:"actual"`
	// ExpectedLength and ActualLength are the innermost values' lengths.
	ExpectedLength int `json:"expected_length"`
	ActualLength   int `json:"actual_length"`
	// Sorted says both were sorted first: their order does not matter.
	Sorted bool `json:"sorted,omitempty"`
}

// Review is one problem's round graded beyond its verdict, as `judge
// review --json` prints it.
type Review struct {
	Problem  string          `json:"problem"`
	Verdict  verdict.Verdict `json:"verdict"`
	Examples []ExampleResult `json:"examples"`
	// MutantsCaught of MutantsTotal: the package's wrong solutions that at
	// least one valid example catches. Slow-but-right mutants do not count:
	// no small example can show them.
	MutantsCaught int      `json:"mutants_caught"`
	MutantsTotal  int      `json:"mutants_total"`
	Missed        []string `json:"missed"`
	Complexity    Verdicts `json:"complexity"`
	Followups     []string `json:"followups"`
	HintsUsed     int      `json:"hints_used"`
	// HintSeconds are when each hint was taken, from the round's start.
	HintSeconds []int `json:"hint_seconds,omitempty"`
	// Notes are the review's remarks: lines that did not parse, a round
	// without examples.
	Notes []string `json:"notes"`
}

// ExampleResult is one of the candidate's examples, graded.
type ExampleResult struct {
	Line     int    `json:"line"`
	Input    string `json:"input"`
	Expected string `json:"expected"`
	// Valid: the line parses as the signature's inputs and an output.
	Valid bool `json:"valid"`
	// Correct: the expected output is the problem's answer (the reference
	// agrees, under the problem's comparison).
	Correct bool `json:"correct"`
	// Answer is the reference's answer, shown when Correct is false.
	Answer string `json:"answer,omitempty"`
	// Passed: the candidate's solution gives what the candidate expected.
	Passed bool `json:"passed"`
	// Actual is what the solution gave (or why it gave nothing).
	Actual string `json:"actual,omitempty"`
	Error  string `json:"error,omitempty"`
}

// Verdicts compares the declared, expected and measured complexity.
type Verdicts struct {
	DeclaredTime  string  `json:"declared_time"`
	DeclaredSpace string  `json:"declared_space"`
	ExpectedTime  string  `json:"expected_time"`
	ExpectedSpace string  `json:"expected_space"`
	MeasuredTime  string  `json:"measured_time"`
	Slope         float64 `json:"slope"`
	Evidence      string  `json:"evidence,omitempty"`
	// LadderN says what the measurement's n counts.
	LadderN string `json:"ladder_n,omitempty"`
	// Agrees: declared equals expected, and the measured class is the
	// expected one on the ladder. False when anything is missing.
	Agrees bool `json:"agrees"`
	// Flags name each disagreement in words.
	Flags []string `json:"flags"`
}
