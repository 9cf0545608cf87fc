// Package compare decides whether a solution's output is right: exactly,
// in any order, within a float tolerance, or by a checker built into the
// judge for problems with many valid answers. Values are compared as JSON,
// with go-cmp.
package compare

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/judgehq/judge/judge/verdict"
)

// Mode is how outputs compare.
type Mode struct {
	Compare verdict.Comparison
	// Shown is the Go type diffs show the output as ([]int{...}), when the
	// output reads as it (the shape registry's Show); nil: as JSON values.
	Shown reflect.Type
	// Ops marks a design problem's output, one result per operation: a
	// wrong one is located by its operation, not diffed as a whole list.
	Ops bool
}

// Outcome is a comparison's result. Diff is go-cmp's (-want +got) report;
// Msg explains a checker's rejection. At, instead of a diff, locates the
// first difference of a design problem's results (by operation) and of
// values longer than LongValue, in every mode but a checker's.
type Outcome struct {
	OK   bool
	Diff string
	Msg  string
	At   *Difference
}

// Tolerance is the absolute or relative error allowed in float mode.
const Tolerance = 1e-5

// Judge compares got with want under m; a problem with a checker has its
// checker.go judge instead (see package judge). Input is the test's input.
func Judge(m Mode, input map[string]json.RawMessage, want, got json.RawMessage) (Outcome, error) {
	// The same JSON text is the same value in every mode: most answers a
	// judge sees are right, and written by the same encoder as the
	// expected ones, so this saves decoding both for nearly every test.
	if m.Compare == verdict.Checker {
		return Outcome{}, errors.New("a checker problem's answers are judged by its package's checker.go")
	}
	if bytes.Equal(want, got) && json.Valid(want) {
		return Outcome{OK: true}, nil
	}
	w, err := decode(want)
	if err != nil {
		return Outcome{}, fmt.Errorf("expected output: %w", err)
	}
	g, err := decode(got)
	if err != nil {
		return Outcome{OK: false, Msg: "the output is not valid JSON: " + err.Error()}, nil
	}
	g = nullAsEmpty(w, g)
	opts := exactOpts
	sorted := false
	switch m.Compare {
	case verdict.AnyOrder:
		w, g, sorted = sortList(w, 1), sortList(g, 1), true
	case verdict.NestedAnyOrder:
		w, g, sorted = sortList(w, 2), sortList(g, 2), true
	case verdict.Float:
		opts = floatOpts
	}
	if cmp.Equal(w, g, opts) {
		return Outcome{OK: true}, nil
	}
	switch {
	case m.Ops && !sorted:
		if d := locate(w, g, opts, false); d != nil {
			return Outcome{At: d}, nil
		}
	case len(want) > LongValue || len(got) > LongValue:
		if d := locate(w, g, opts, true); d != nil {
			d.Sorted = sorted
			return Outcome{At: d}, nil
		}
	}
	return Outcome{Diff: diff(m.Shown, w, g, opts)}, nil
}

func decode(raw json.RawMessage) (any, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}

// nullAsEmpty treats a nil slice returned where a list is expected as the
// empty list, as LeetCode does.
func nullAsEmpty(want, got any) any {
	switch w := want.(type) {
	case []any:
		if got == nil {
			return []any{}
		}
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return got
		}
		out := make([]any, len(g))
		for i := range g {
			out[i] = nullAsEmpty(w[i], g[i])
		}
		return out
	}
	return got
}

// sortList sorts a list, and with depth 2 each of its lists first, by the
// elements' canonical JSON.
func sortList(v any, depth int) any {
	l, ok := v.([]any)
	if !ok || depth == 0 {
		return v
	}
	out := make([]any, len(l))
	keys := make([]string, len(l))
	for i, x := range l {
		out[i] = sortList(x, depth-1)
	}
	idx := make([]int, len(out))
	for i := range idx {
		idx[i] = i
		keys[i] = canonical(out[i])
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	sorted := make([]any, len(out))
	for i, j := range idx {
		sorted[i] = out[j]
	}
	return sorted
}

func canonical(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// numbersEqual compares JSON numbers by value: 2 and 2.0 are equal.
func numbersEqual(a, b json.Number) bool {
	if a == b {
		return true
	}
	ai, errA := strconv.ParseInt(string(a), 10, 64)
	bi, errB := strconv.ParseInt(string(b), 10, 64)
	if errA == nil && errB == nil {
		return ai == bi
	}
	af, errA := a.Float64()
	bf, errB := b.Float64()
	return errA == nil && errB == nil && af == bf
}

var exactOpts = cmp.Options{cmp.Comparer(numbersEqual)}

var floatOpts = cmp.Options{cmp.Comparer(floatsClose)}

// floatsClose compares JSON numbers within Tolerance, absolute or
// relative. Numbers beyond float64's range parse to ±Inf and equal only
// an infinity of the same sign; text that is not a number equals only
// itself.
func floatsClose(a, b json.Number) bool {
	if a == b {
		return true
	}
	af, errA := strconv.ParseFloat(string(a), 64)
	bf, errB := strconv.ParseFloat(string(b), 64)
	if !parsed(errA) || !parsed(errB) {
		return false
	}
	if math.IsInf(af, 0) || math.IsInf(bf, 0) {
		return af == bf
	}
	d := math.Abs(af - bf)
	return d <= Tolerance || d <= Tolerance*math.Min(math.Abs(af), math.Abs(bf))
}

// parsed reports whether ParseFloat produced a value: a range error
// still yields ±Inf or 0, which are the number's honest float64 value.
func parsed(err error) bool {
	return err == nil || errors.Is(err, strconv.ErrRange)
}

// maxDiffLines bounds a diff shown to the user.
const maxDiffLines = 40

// typed re-reads a decoded value as t, for display.
func typed(v any, t reflect.Type) (any, bool) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, false
	}
	p := reflect.New(t)
	if json.Unmarshal(b, p.Interface()) != nil {
		return nil, false
	}
	return p.Elem().Interface(), true
}

// plainNumbers turns JSON numbers into ints or float64s, which a diff
// prints more plainly than json.Number.
func plainNumbers(v any) any {
	switch x := v.(type) {
	case json.Number:
		if i, err := x.Int64(); err == nil {
			return int(i)
		}
		f, _ := x.Float64()
		return f
	case []any:
		out := make([]any, len(x))
		for i := range x {
			out[i] = plainNumbers(x[i])
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k := range x {
			out[k] = plainNumbers(x[k])
		}
		return out
	}
	return v
}

func diff(t reflect.Type, want, got any, opts cmp.Options) string {
	var d string
	if t != nil {
		w, okW := typed(want, t)
		g, okG := typed(got, t)
		if okW && okG {
			d = cmp.Diff(w, g, cmpopts.EquateApprox(Tolerance, Tolerance))
		}
	}
	if d == "" {
		d = cmp.Diff(plainNumbers(want), plainNumbers(got))
	}
	lines := strings.Split(strings.TrimRight(d, "\n"), "\n")
	if len(lines) > maxDiffLines {
		lines = append(lines[:maxDiffLines], fmt.Sprintf("... (%d more lines)", len(lines)-maxDiffLines))
	}
	return strings.Join(lines, "\n")
}
