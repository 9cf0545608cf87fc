//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"math"
)

// check accepts picks that are indices of w whose frequencies match the
// weights. The weights never change, so the P picks of a test are
// independent draws with p_i = w[i] / sum(w), and the count c_i of index i
// is Binomial(P, p_i). A correct picker is refused only when:
//   - an index with P*p_i >= 40 never comes up: probability
//     (1-p_i)^P <= e^-40, about 4e-18 per index;
//   - some |c_i - P*p_i| exceeds sqrt(P/2 * ln(2e15)): by Hoeffding's
//     inequality, probability at most 1e-15 per index.
//
// With at most 10^4 indices a test, that is below 2*10^-11 per test.
func check(operations []string, arguments, want, got string) string {
	var args []json.RawMessage
	if err := json.Unmarshal([]byte(arguments), &args); err != nil || len(args) != len(operations) || len(args) == 0 {
		return "input: one list of arguments per operation expected"
	}
	var ctor [][]int
	if err := json.Unmarshal(args[0], &ctor); err != nil || len(ctor) != 1 || len(ctor[0]) == 0 {
		return "input: the constructor takes w"
	}
	w := ctor[0]
	var g []json.RawMessage
	if err := json.Unmarshal([]byte(got), &g); err != nil || len(g) != len(operations) {
		return fmt.Sprintf("want %d results, one per operation", len(operations))
	}
	count := make([]int, len(w))
	picks := 0
	for i := 1; i < len(operations); i++ {
		var idx int
		if err := json.Unmarshal(g[i], &idx); err != nil {
			return fmt.Sprintf("operation %d: pickIndex returned %s, which is not an index", i, g[i])
		}
		if idx < 0 || idx >= len(w) {
			return fmt.Sprintf("operation %d: pickIndex returned %d, which is not an index of w (0..%d)", i, idx, len(w)-1)
		}
		count[idx]++
		picks++
	}
	total := 0
	for _, x := range w {
		total += x
	}
	p := float64(picks)
	slack := math.Sqrt(p / 2 * math.Log(2e15))
	for i, x := range w {
		expect := p * float64(x) / float64(total)
		if expect >= 40 && count[i] == 0 {
			return fmt.Sprintf("over %d picks, index %d (weight %d of %d) never came up; about %.0f picks were due", picks, i, x, total, expect)
		}
		if math.Abs(float64(count[i])-expect) > slack {
			return fmt.Sprintf("over %d picks, index %d (weight %d of %d) came up %d times; its weight gives about %.0f (within %.0f)", picks, i, x, total, count[i], expect, slack)
		}
	}
	return ""
}
