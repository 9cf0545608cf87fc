//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"slices"
)

// check accepts picks that are indices holding their target, chosen
// uniformly. Each pick is checked on its own; then, since the array never
// changes, all the picks of one target are independent draws from the same
// set of m indices, and for each target picked P times:
//   - when P >= 40m, every one of its indices must have come up. A uniform
//     picker misses a given index with probability (1-1/m)^P <= e^-40,
//     about 4e-18.
//   - every index's count c must satisfy |c - P/m| <= sqrt(P/2 * ln(2e15)).
//     By Hoeffding's inequality a uniform picker breaks this with
//     probability at most 2exp(-2t^2/P) = 1e-15 per index.
//
// With at most 2*10^4 indices a test, a correct solution is refused with
// probability below 3*10^-11 per test.
func check(operations []string, arguments, want, got string) string {
	var args []json.RawMessage
	if err := json.Unmarshal([]byte(arguments), &args); err != nil || len(args) != len(operations) || len(args) == 0 {
		return "input: one list of arguments per operation expected"
	}
	var ctor [][]int
	if err := json.Unmarshal(args[0], &ctor); err != nil || len(ctor) != 1 {
		return "input: the constructor takes nums"
	}
	nums := ctor[0]
	var g []json.RawMessage
	if err := json.Unmarshal([]byte(got), &g); err != nil || len(g) != len(operations) {
		return fmt.Sprintf("want %d results, one per operation", len(operations))
	}
	where := map[int][]int{}
	for i, v := range nums {
		where[v] = append(where[v], i)
	}
	count := map[int]int{}
	picks := map[int]int{}
	for i := 1; i < len(operations); i++ {
		var a []int
		if err := json.Unmarshal(args[i], &a); err != nil || len(a) != 1 {
			return fmt.Sprintf("input: operation %d takes one target", i)
		}
		target := a[0]
		var idx int
		if err := json.Unmarshal(g[i], &idx); err != nil {
			return fmt.Sprintf("operation %d: pick(%d) returned %s, which is not an index", i, target, g[i])
		}
		if idx < 0 || idx >= len(nums) {
			return fmt.Sprintf("operation %d: pick(%d) returned %d, which is not an index of nums (0..%d)", i, target, idx, len(nums)-1)
		}
		if nums[idx] != target {
			return fmt.Sprintf("operation %d: pick(%d) returned %d, but nums[%d] is %d", i, target, idx, idx, nums[idx])
		}
		count[idx]++
		picks[target]++
	}
	bound := math.Log(2e15)
	for _, target := range slices.Sorted(maps.Keys(picks)) {
		idx, p := where[target], picks[target]
		m := len(idx)
		if m < 2 {
			continue
		}
		if p >= 40*m {
			for _, i := range idx {
				if count[i] == 0 {
					return fmt.Sprintf("over %d picks of %d, index %d never came up, though it is one of the %d indices holding %d: the pick is not uniform", p, target, i, m, target)
				}
			}
		}
		expect := float64(p) / float64(m)
		slack := math.Sqrt(float64(p) / 2 * bound)
		for _, i := range idx {
			if math.Abs(float64(count[i])-expect) > slack {
				return fmt.Sprintf("over %d picks of %d, index %d came up %d times; a uniform pick among its %d indices gives about %.0f (within %.0f): the pick is not uniform", p, target, i, count[i], m, expect, slack)
			}
		}
	}
	return ""
}
