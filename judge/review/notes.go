// Package review grades a round the way an interviewer does, beyond the
// verdict: the candidate's own examples (valid? thorough against the
// package's mutants? did the code do what they said?), the complexity they
// declared against the expected and the measured one, then the follow-ups
// and the hints they took. notes.go reads the notepad; review.go runs it.
package review

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/judgehq/judge/judge/complexity"
	"github.com/judgehq/judge/judge/problem"
)

// Notes is what the candidate wrote in the notepad besides code.
type Notes struct {
	Examples []Example
	// Time and Space are the declared complexities; empty when not said.
	Time, Space         string
	TimeLine, SpaceLine int
	// Problems are lines that look like notes but do not parse, each
	// named with its line.
	Problems []string
}

// Example is one `// example: INPUT -> OUTPUT` line.
type Example struct {
	Line     int                        `json:"line"`
	Text     string                     `json:"text"`
	Input    map[string]json.RawMessage `json:"-"`
	Expected json.RawMessage            `json:"-"`
	// Error says why the line is not a valid example; empty when it is.
	Error string `json:"error,omitempty"`
}

var (
	exampleRE = regexp.MustCompile(`(?i)^\s*//\s*example\s*:\s*(.*)$`)
	declRE    = regexp.MustCompile(`(?i)^\s*//\s*(time|space)\s*(?:complexity)?\s*:\s*(.*)$`)
)

// placeholder is what the notepad's header writes before a complexity is
// said; it declares nothing.
const placeholder = "O(?)"

// ParseNotes reads the notes of src, a solution in the user's form, for
// problem p. Lines that do not parse are reported in Problems (and, for
// examples, kept with their Error), never fatal.
func ParseNotes(src string, p *problem.Problem) Notes {
	var n Notes
	for i, line := range strings.Split(src, "\n") {
		no := i + 1
		if m := exampleRE.FindStringSubmatch(line); m != nil {
			ex := parseExample(strings.TrimSpace(m[1]), p)
			ex.Line = no
			if ex.Error != "" {
				n.Problems = append(n.Problems, fmt.Sprintf("line %d: example %s", no, ex.Error))
			}
			n.Examples = append(n.Examples, ex)
			continue
		}
		m := declRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		kind, val := strings.ToLower(m[1]), strings.TrimSpace(m[2])
		if val == "" || val == placeholder {
			continue
		}
		if _, ok := complexity.Parse(val); !ok {
			n.Problems = append(n.Problems, fmt.Sprintf("line %d: %q is not a complexity: write it as O(...), e.g. // %s: O(n log n)", no, val, kind))
			continue
		}
		if kind == "time" {
			n.Time, n.TimeLine = val, no
		} else {
			n.Space, n.SpaceLine = val, no
		}
	}
	return n
}

// parseExample reads `name = value, name = value -> output`. The arrow is
// looked for from the right, so that one inside a string input is kept.
func parseExample(text string, p *problem.Problem) Example {
	ex := Example{Text: text}
	arrows := arrowRE.FindAllStringIndex(text, -1)
	if len(arrows) == 0 {
		ex.Error = "has no `->` between the input and the expected output, e.g. // example: " + Form(p)
		return ex
	}
	var firstErr string
	for k := len(arrows) - 1; k >= 0; k-- {
		in, out := text[:arrows[k][0]], strings.TrimSpace(text[arrows[k][1]:])
		input := map[string]json.RawMessage{}
		if err := problem.ParsePairs(in, input); err != nil {
			if firstErr == "" {
				firstErr = "input: " + err.Error()
			}
			continue
		}
		if !json.Valid([]byte(out)) {
			if firstErr == "" {
				firstErr = fmt.Sprintf("expected output %q is not a value in the statement's syntax (JSON: [1,2], \"text\", true, null)", out)
			}
			continue
		}
		ex.Input, ex.Expected = input, json.RawMessage(out)
		if err := p.CheckInput(input); err != nil {
			ex.Error = err.Error()
		}
		return ex
	}
	ex.Error = firstErr
	return ex
}

var arrowRE = regexp.MustCompile(`->|→`)

// Form is the example line's form for p, from the statement's first
// example: what the notepad's header shows.
func Form(p *problem.Problem) string {
	samples := p.Samples()
	if len(samples) == 0 {
		return "INPUT -> OUTPUT"
	}
	t := samples[0]
	return p.FormatInput(t.Input) + " -> " + compactJSON(t.Output)
}

func compactJSON(b json.RawMessage) string {
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		return string(b)
	}
	return out.String()
}

// Header is the block `judge start` writes above the stub: where the
// examples and the complexity go.
func Header(p *problem.Problem) string {
	return "// Clarify: write your own test cases, one a line, like this one\n" +
		"// (after the verdict they are checked, run and scored):\n" +
		"//   // example: " + Form(p) + "\n" +
		"// Plan: say the complexity of your approach here.\n" +
		"// time: " + placeholder + "\n" +
		"// space: " + placeholder + "\n\n"
}
