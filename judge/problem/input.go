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
		for _, q := range s.Function.Hidden {
			keys = append(keys, q.InputKey())
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
			if err := p.CheckValue(q.Type, in[q.InputKey()]); err != nil {
				return fmt.Errorf("%s: %w", q.InputKey(), err)
			}
			if q.Cycle != "" {
				if err := p.CheckValue("int", in[q.Cycle]); err != nil {
					return fmt.Errorf("%s: %w", q.Cycle, err)
				}
			}
		}
		for _, q := range s.Function.Hidden {
			if err := p.CheckValue(q.Type, in[q.InputKey()]); err != nil {
				return fmt.Errorf("%s: %w", q.InputKey(), err)
			}
		}
	case s.Class != nil:
		return p.checkDesignTest(Test{Input: in})
	case s.Codec != nil:
		k := s.Codec.InputKey()
		if err := p.CheckValue(s.Codec.Type, in[k]); err != nil {
			return fmt.Errorf("%s: %w", k, err)
		}
	}
	return nil
}

// CheckValue checks that raw is a value of Go type t in the tests' JSON
// form (see problems/README.md), t being a type of p's signature.
func (p *Problem) CheckValue(t string, raw json.RawMessage) error {
	sh, ok := p.Shape(t)
	if !ok {
		return nil
	}
	return sh.CheckJSON(raw)
}
