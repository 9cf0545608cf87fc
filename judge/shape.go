package judge

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/judgehq/judge/judge/problem"
)

// shortField is the longest field value a report shows as it is beside
// others summed up by their shape.
const shortField = 80

// showInput is a test's input as a report shows it: in the statement's
// form (nums = [2,7,11,15], target = 9) when it is short enough to read,
// else with each long field summed up by its size and shape (nums:
// 100000 ints), which says more about a large test than its first
// kilobytes do.
func showInput(p *problem.Problem, in map[string]json.RawMessage) string {
	order := p.InputOrder()
	values := make(map[string]string, len(order))
	total := 0
	for _, k := range order {
		values[k] = compactJSON(in[k])
		total += len(k) + len(values[k]) + 5
	}
	if total <= ShowValue {
		return p.FormatInput(in)
	}
	types := inputTypes(p)
	var parts []string
	for _, k := range order {
		switch v := values[k]; {
		case p.IsDesign() && k == "arguments":
			// Summed up with the operations.
		case p.IsDesign() && k == "operations":
			parts = append(parts, k+": "+operationsShape(in[k]))
		case len(v) <= shortField:
			parts = append(parts, k+" = "+v)
		default:
			parts = append(parts, k+": "+summary(p, types[k], in[k]))
		}
	}
	return strings.Join(parts, ", ")
}

// inputTypes maps a function's or codec's input fields to their Go types.
func inputTypes(p *problem.Problem) map[string]string {
	types := map[string]string{}
	switch s := p.Sig; {
	case s.Function != nil:
		for _, q := range s.Function.Params {
			types[q.InputKey()] = q.Type
			if q.Cycle != "" {
				types[q.Cycle] = "int"
			}
		}
	case s.Codec != nil:
		types[s.Codec.InputKey()] = s.Codec.Type
	}
	return types
}

// summary sums a value of Go type t up by its size, as the shape
// registry says: "100000 ints", "300x300", "tree of 100000 nodes".
func summary(p *problem.Problem, t string, raw json.RawMessage) string {
	if sh, ok := p.Shape(t); ok {
		return sh.Summary(raw)
	}
	return fmt.Sprintf("%d bytes of JSON", len(raw))
}

// operationsShape sums a design test's operations up by name, the
// constructor aside: "70001 (put 35012, get 34988)".
func operationsShape(raw json.RawMessage) string {
	var ops []string
	if json.Unmarshal(raw, &ops) != nil || len(ops) == 0 {
		return fmt.Sprintf("%d bytes of JSON", len(raw))
	}
	count := map[string]int{}
	for _, op := range ops[1:] {
		count[op]++
	}
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	sort.Slice(names, func(a, b int) bool {
		if count[names[a]] != count[names[b]] {
			return count[names[a]] > count[names[b]]
		}
		return names[a] < names[b]
	})
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%s %d", n, count[n])
	}
	return fmt.Sprintf("%d (%s)", len(ops), strings.Join(parts, ", "))
}

// compactJSON is b without insignificant space; b itself when it is not
// JSON.
func compactJSON(b []byte) string {
	var c bytes.Buffer
	if json.Compact(&c, b) != nil {
		return string(b)
	}
	return c.String()
}
