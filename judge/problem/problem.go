// Package problem defines the problem package format — metadata, signature,
// tests, reference, stub and mutants — and loads packages from any fs.FS,
// reporting malformed ones by file, field and fix.
package problem

import (
	"encoding/json"
	"fmt"
	"github.com/judgehq/judge/judge/shape"
	"time"

	"github.com/judgehq/judge/judge/complexity"
	"github.com/judgehq/judge/judge/verdict"
)

// Problem is one loaded problem package.
type Problem struct {
	Slug       string
	Title      string
	Difficulty string
	Topics     []string
	Sig        Signature
	Compare    verdict.Comparison
	// Node is which of LeetCode's Node types the problem predefines, when
	// its signature has *Node: "graph" (the default) or "random" (a list
	// node with a random pointer); see package shape.
	Node       string
	Complexity Complexity
	Limits     Limits
	// Ladder is where the time complexity is measured; nil: nowhere.
	Ladder *Ladder
	// Hints are nudges an interviewer gives, gentlest first; Followups the
	// questions of the close.
	Hints     []string
	Followups []string
	// AllInputs, when set, is how many valid inputs the problem has at all
	// (generate-parentheses: n from 1 to 8): tests covering them all are
	// enough, however few.
	AllInputs int

	Statement string // statement.md
	Stub      string // stub.go as the user sees it (our header stripped)
	Solution  string // solution.go, user form
	Gen       string // gen.go, user form; empty when there is none
	// Brute is brute.go, user form: an independent, naive solution that
	// checks the hand-written expected outputs; empty when there is none.
	Brute   string
	Writeup string // writeup.md: the approach, its complexity, the pitfalls
	// API is api.go, user form: code of the package's compiled beside the
	// solution, defining what LeetCode's template declares as given
	// (isBadVersion) and apiSetup, which receives the function's hidden
	// inputs; empty when there is none.
	API string
	// CheckerSource is checker.go, user form: the package's own checker
	// (compare "checker"); empty when
	// there is none.
	CheckerSource string
	// builtinChecker is problem.json's "checker", the name of a checker
	// the judge no longer has: the loader says so.
	builtinChecker string
	Mutants        []Mutant
	Tests          []Test

	// Hash identifies the package's content: calibrations are cached by it.
	Hash string
}

// Complexity is the expected cost of the intended solution.
type Complexity struct {
	Time  string `json:"time"`
	Space string `json:"space"`
}

// Ladder is the sizes gen.go's sized(n) builds inputs of, to measure a
// solution's time complexity: Min, 2·Min, 4·Min… up to Max.
type Ladder struct {
	// N says what n counts ("the length of nums").
	N   string `json:"n"`
	Min int    `json:"min"`
	Max int    `json:"max"`
	// Time is the reference's class on the ladder's n, when
	// Complexity.Time is not a function of n alone (O(m·n) on square
	// grids grown by their cell count is O(n) here).
	Time string `json:"time,omitempty"`
}

// MaxLadder bounds a ladder's largest n.
const MaxLadder = 1 << 24

// Sizes are the ladder's rungs, smallest first.
func (l *Ladder) Sizes() []int {
	var out []int
	for n := l.Min; n <= l.Max; n *= 2 {
		out = append(out, n)
	}
	return out
}

// LadderClass is the class the reference's time should measure on the
// ladder.
func (p *Problem) LadderClass() (complexity.Class, error) {
	expr, from := p.Complexity.Time, "complexity.time"
	if p.Ladder != nil && p.Ladder.Time != "" {
		expr, from = p.Ladder.Time, "ladder.time"
	}
	c, ok := complexity.Parse(expr)
	switch {
	case !ok:
		return c, fmt.Errorf("%s %q is not of the form O(...)", from, expr)
	case c == complexity.Unknown:
		return c, fmt.Errorf("%s %q is not a class in n alone: set ladder.time to the class on the ladder's n (one of O(1), O(log n), O(n), O(n log n), O(n^2), O(n^3), O(2^n))", from, expr)
	}
	return c, nil
}

// Limits are the problem's resource settings. Time limits are relative to
// the reference solution measured on the machine that judges.
type Limits struct {
	TimeFactor float64       // limit = max(TimeFactor × ref, ref + TimeSlack)
	TimeSlack  time.Duration //
	MemoryMB   int
}

// TimeLimit is the limit of a test whose reference took ref.
func (l Limits) TimeLimit(ref time.Duration) time.Duration {
	a := time.Duration(float64(ref) * l.TimeFactor)
	b := ref + l.TimeSlack
	return max(a, b)
}

// Signature is the Go shape the user's code must have: exactly one of
// Function, Class or Codec is set.
type Signature struct {
	Function *Function `json:"function,omitempty"`
	Class    *Class    `json:"class,omitempty"`
	Codec    *Codec    `json:"codec,omitempty"`
}

// Function is a plain LeetCode function.
type Function struct {
	Name    string  `json:"name"`
	Params  []Param `json:"params"`
	Returns string  `json:"returns,omitempty"`
	// Output names the parameter judged after the call, for functions that
	// work in place and return nothing.
	Output string `json:"output,omitempty"`
	// ResultNodeOf names the tree parameter the returned node must belong to.
	ResultNodeOf string `json:"result_node_of,omitempty"`
	// Hidden are test-input fields the function does not receive: the
	// package's api.go gets them, through apiSetup, before the call
	// (first-bad-version's bad version, behind isBadVersion).
	Hidden []Param `json:"hidden,omitempty"`
}

// Param is one parameter of a function, constructor or method.
type Param struct {
	Name string `json:"name"`
	Type string `json:"type"`
	// Key is the test-input field, when it differs from Name.
	Key string `json:"key,omitempty"`
	// Cycle names the input field holding the index the list's tail links to.
	Cycle string `json:"cycle,omitempty"`
	// NodeOf names the tree parameter whose node with this value is passed.
	NodeOf string `json:"node_of,omitempty"`
}

// InputKey is the field of a test's input that holds this parameter.
func (p Param) InputKey() string {
	if p.Key != "" {
		return p.Key
	}
	return p.Name
}

// Class is a LeetCode design problem: a type, its Constructor and methods.
type Class struct {
	Name        string   `json:"name"`
	Constructor []Param  `json:"constructor"`
	Methods     []Method `json:"methods"`
	// Pointer: Constructor returns *Name, as LeetCode's templates of the
	// iterator problems declare it (flatten-nested-list-iterator,
	// peeking-iterator).
	Pointer bool `json:"pointer,omitempty"`
}

// Made is the type Constructor returns.
func (c Class) Made() string {
	if c.Pointer {
		return "*" + c.Name
	}
	return c.Name
}

// Method is one operation of a design class.
type Method struct {
	Name    string  `json:"name"` // as the tests spell the operation
	Go      string  `json:"go,omitempty"`
	Params  []Param `json:"params"`
	Returns string  `json:"returns,omitempty"`
}

// GoName is the method's name in Go.
func (m Method) GoName() string {
	if m.Go != "" {
		return m.Go
	}
	if m.Name == "" {
		return ""
	}
	return string(m.Name[0]&^0x20) + m.Name[1:]
}

// Codec is a serialize/deserialize pair judged by a round trip.
type Codec struct {
	Name   string `json:"name"`
	Encode string `json:"encode"`
	Decode string `json:"decode"`
	Type   string `json:"type"`
	// Key is the test-input field holding the value; default "root".
	Key string `json:"key,omitempty"`
	// ZeroValue: LeetCode's template has no Constructor and declares the
	// codec as a variable (var codec Codec), as encode-and-decode-strings
	// does.
	ZeroValue bool `json:"zero_value,omitempty"`
}

// InputKey is the field of a test's input that holds the value.
func (c Codec) InputKey() string {
	if c.Key != "" {
		return c.Key
	}
	return "root"
}

// Test is one test case. Input maps input fields to their JSON values.
type Test struct {
	Name   string                     `json:"name"`
	Sample bool                       `json:"sample,omitempty"`
	Input  map[string]json.RawMessage `json:"input"`
	Output json.RawMessage            `json:"output"`
	// Generated marks tests made by gen.go; their Output comes from the
	// reference at calibration.
	Generated bool `json:"-"`
}

// Mutant is a plausible wrong solution the tests must reject.
type Mutant struct {
	Name   string
	Source string
	// Verdict is the verdict it must get, when Declared; otherwise any
	// verdict but accepted will do.
	Verdict  verdict.Verdict
	Declared bool
}

// Wants reports whether m must get v.
func (m Mutant) Wants(v verdict.Verdict) bool { return m.Declared && m.Verdict == v }

// IsDesign reports whether the problem is a design class.
func (p *Problem) IsDesign() bool { return p.Sig.Class != nil }

// Samples are the tests shown in the statement.
func (p *Problem) Samples() []Test {
	var s []Test
	for _, t := range p.Tests {
		if t.Sample {
			s = append(s, t)
		}
	}
	return s
}

// HasTopic reports whether the problem carries topic t.
func (p *Problem) HasTopic(t string) bool {
	for _, x := range p.Topics {
		if x == t {
			return true
		}
	}
	return false
}

// Shape is the registry's shape of Go type t in p's signature (which Node
// *Node is, p says); false for a type the registry lacks.
func (p *Problem) Shape(t string) (*shape.Shape, bool) { return shape.Lookup(t, p.Node) }
