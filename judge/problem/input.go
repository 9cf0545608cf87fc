package problem

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

var nameRE = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*`)

// ParsePairs reads `name = value, name = value` (values in JSON), the
// statement's form of a test input, into into.
func ParsePairs(s string, into map[string]json.RawMessage) error {
	for s != "" {
		m := nameRE.FindStringSubmatch(s)
		if m == nil {
			return fmt.Errorf("want `name = value` at %q", s)
		}
		s = s[len(m[0]):]
		dec := json.NewDecoder(strings.NewReader(s))
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("%s: %v", m[1], err)
		}
		into[m[1]] = v
		s = strings.TrimSpace(s[dec.InputOffset():])
		if s != "" {
			var ok bool
			if s, ok = strings.CutPrefix(s, ","); !ok {
				return fmt.Errorf("want `, ` between pairs at %q", s)
			}
		}
	}
	return nil
}

// FormatInput writes a test's input in the statement's form, `name =
// value, name = value` in the signature's order with compact JSON values:
// what ParsePairs reads back.
func (p *Problem) FormatInput(in map[string]json.RawMessage) string {
	var parts []string
	for _, k := range p.InputOrder() {
		v := in[k]
		var c bytes.Buffer
		if json.Compact(&c, v) == nil {
			v = c.Bytes()
		}
		parts = append(parts, k+" = "+string(v))
	}
	return strings.Join(parts, ", ")
}

// InputOrder is the order of a test's input fields as the signature gives
// them.
func (p *Problem) InputOrder() []string {
	switch s := p.Sig; {
	case s.Function != nil:
		var keys []string
		for _, q := range s.Function.Params {
			keys = append(keys, q.InputKey())
			if q.Cycle != "" {
				keys = append(keys, q.Cycle)
			}
		}
		return keys
	case s.Class != nil:
		return []string{"operations", "arguments"}
	case s.Codec != nil:
		return []string{s.Codec.InputKey()}
	}
	return nil
}

// CheckInput checks that a test's input has the signature's fields, each
// holding a value of its parameter's type in the tests' JSON form.
func (p *Problem) CheckInput(in map[string]json.RawMessage) error {
	want := p.InputKeys()
	var got []string
	for k := range in {
		got = append(got, k)
	}
	sort.Strings(got)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		return fmt.Errorf("has %d input(s) (%s); the signature wants %d: %s", len(got), strings.Join(got, ", "), len(want), strings.Join(want, ", "))
	}
	switch s := p.Sig; {
	case s.Function != nil:
		for _, q := range s.Function.Params {
			if err := CheckValue(q.Type, in[q.InputKey()]); err != nil {
				return fmt.Errorf("%s: %w", q.InputKey(), err)
			}
			if q.Cycle != "" {
				if err := CheckValue("int", in[q.Cycle]); err != nil {
					return fmt.Errorf("%s: %w", q.Cycle, err)
				}
			}
		}
	case s.Class != nil:
		return p.checkDesignTest(Test{Input: in})
	case s.Codec != nil:
		k := s.Codec.InputKey()
		if err := CheckValue(s.Codec.Type, in[k]); err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
	}
	return nil
}

// CheckValue checks that raw is a value of Go type t in the tests' JSON
// form (see problems/README.md).
func CheckValue(t string, raw json.RawMessage) error {
	var target any
	switch t {
	case "int", "int64":
		target = new(int64)
	case "float64":
		target = new(float64)
	case "bool":
		target = new(bool)
	case "string":
		target = new(string)
	case "byte":
		var s string
		if err := json.Unmarshal(raw, &s); err != nil || len(s) != 1 {
			return fmt.Errorf("%s is not a one-character string", raw)
		}
		return nil
	case "[]int", "*ListNode":
		target = new([]int64)
	case "[][]int", "[]*ListNode", "*Node":
		target = new([][]int64)
	case "[]string":
		target = new([]string)
	case "[][]string":
		target = new([][]string)
	case "[]bool":
		target = new([]bool)
	case "[]float64":
		target = new([]float64)
	case "[]byte", "[][]byte":
		var cells []json.RawMessage
		if t == "[]byte" {
			cells = []json.RawMessage{raw}
		} else if err := json.Unmarshal(raw, &cells); err != nil {
			return fmt.Errorf("%s is not a list of lists of one-character strings", raw)
		}
		for _, c := range cells {
			var row []string
			if err := json.Unmarshal(c, &row); err != nil {
				return fmt.Errorf("%s is not a list of one-character strings", c)
			}
			for _, s := range row {
				if len(s) != 1 {
					return fmt.Errorf("%q is not one character", s)
				}
			}
		}
		return nil
	case "*TreeNode":
		target = new([]*int64)
	default:
		return nil
	}
	if err := json.Unmarshal(raw, target); err != nil || len(raw) == 0 || string(raw) == "null" && t != "*TreeNode" {
		return fmt.Errorf("%s is not a %s", raw, jsonForm(t))
	}
	return nil
}

func jsonForm(t string) string {
	switch t {
	case "int", "int64":
		return "whole number"
	case "float64":
		return "number"
	case "*ListNode":
		return "list of whole numbers (the list's values in order)"
	case "*TreeNode":
		return "list of whole numbers and nulls (the tree in level order)"
	case "*Node":
		return "list of lists of whole numbers (the graph's adjacency list)"
	}
	return "value of type " + t
}
