// Package problem defines the problem package format — metadata, signature,
// tests, reference, stub and mutants — and loads packages from any fs.FS,
// reporting malformed ones by file, field and fix.
package problem

import (
	"encoding/json"
	"time"
)

// Problem is one loaded problem package.
type Problem struct {
	Slug       string
	Title      string
	Difficulty string
	Topics     []string
	Sig        Signature
	Compare    string // exact, any_order, nested_any_order, float, checker
	Checker    string // with Compare == "checker"
	Complexity Complexity
	Limits     Limits

	Statement string // statement.md
	Stub      string // stub.go as the user sees it (our header stripped)
	Solution  string // solution.go, user form
	Gen       string // gen.go, user form; empty when there is none
	Mutants   []Mutant
	Tests     []Test

	// Hash identifies the package's content: calibrations are cached by it.
	Hash string
}

// Complexity is the expected cost of the intended solution.
type Complexity struct {
	Time  string `json:"time"`
	Space string `json:"space"`
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
	Name    string
	Source  string
	Verdict string // the verdict it must get; empty: anything but accepted
}

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
