//go:build ignore

package main

import "math/rand/v2"

const (
	genTop   = 50  // most top-level elements
	genDepth = 50  // deepest an integer may sit
	genMaxV  = 100 // values lie in [-genMaxV, genMaxV]
)

// genStaircase is one top-level element (at depth 1) that nests down to
// depth genDepth: the list at depth d holds counts[d-2] integers from
// value(), an empty list when empties is set, and the list one level
// deeper, at a random position.
func genStaircase(r *rand.Rand, counts []int, value func() int, empties bool) []any {
	var inner []any
	for i := len(counts) - 1; i >= 0; i-- {
		level := make([]any, 0, counts[i]+2)
		for range counts[i] {
			level = append(level, value())
		}
		if empties {
			level = append(level, []any{})
		}
		if inner != nil {
			at := r.IntN(len(level) + 1)
			level = append(level[:at], append([]any{inner}, level[at:]...)...)
		}
		inner = level
	}
	return inner
}

// genRandomNested is a list at depth depth with a random mix of integers,
// sublists (while depth < genDepth) and empty lists, spending at most
// *budget integers.
func genRandomNested(r *rand.Rand, depth int, budget *int) []any {
	list := []any{}
	for n := 1 + r.IntN(8); n > 0 && *budget > 0; n-- {
		switch k := r.IntN(10); {
		case k < 5 || depth == genDepth:
			list = append(list, r.IntN(2*genMaxV+1)-genMaxV)
			*budget--
		case k < 9:
			list = append(list, genRandomNested(r, depth+1, budget))
		default:
			list = append(list, []any{})
		}
	}
	return list
}

// genSameCounts is genDepth-1 levels of k integers each.
func genSameCounts(k int) []int {
	c := make([]int, genDepth-1)
	for i := range c {
		c[i] = k
	}
	return c
}

// generate builds nested lists at the limits: 50 top-level elements, each
// nesting 50 deep, with integers at every level (about 10^4 in all),
// empty lists inside, random shapes, and extreme values at the bottom.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(339, 50))
	anyValue := func() int { return r.IntN(2*genMaxV+1) - genMaxV }

	wide := make([]any, genTop)
	for i := range wide {
		wide[i] = genStaircase(r, genSameCounts(4), anyValue, true)
	}

	random := make([]any, genTop)
	budget := 10000
	for i := range random {
		if r.IntN(4) == 0 {
			random[i] = anyValue()
		} else {
			random[i] = genRandomNested(r, 2, &budget)
		}
	}

	// Only the deepest level holds integers, all at the maximum value.
	bottom := make([]int, genDepth-1)
	bottom[len(bottom)-1] = 200
	heavy := make([]any, genTop)
	for i := range heavy {
		heavy[i] = genStaircase(r, bottom, func() int { return genMaxV }, false)
	}

	// Alternating extremes, with one top-level integer between staircases.
	sign := 1
	alternating := func() int { sign = -sign; return sign * genMaxV }
	mixed := make([]any, genTop)
	for i := range mixed {
		if i%2 == 0 {
			mixed[i] = alternating()
		} else {
			mixed[i] = genStaircase(r, genSameCounts(3), alternating, i%4 == 1)
		}
	}

	return []GenCase{
		{Name: "large-fifty-staircases-with-empty-lists", Input: map[string]any{"nestedList": wide}},
		{Name: "large-random-shapes", Input: map[string]any{"nestedList": random}},
		{Name: "large-max-values-at-max-depth", Input: map[string]any{"nestedList": heavy}},
		{Name: "large-alternating-extremes", Input: map[string]any{"nestedList": mixed}},
	}
}

// sized is n integers spread evenly over 50 top-level staircases that each
// nest 50 deep (only the top level's length and the depth are bounded, so
// the integers are the size).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(339, uint64(n)))
	slots := genTop * (genDepth - 1)
	list := make([]any, genTop)
	for i := range list {
		counts := make([]int, genDepth-1)
		for d := range counts {
			slot := i*(genDepth-1) + d
			counts[d] = n / slots
			if slot < n%slots {
				counts[d]++
			}
		}
		list[i] = genStaircase(r, counts, func() int { return r.IntN(2*genMaxV+1) - genMaxV }, false)
	}
	return map[string]any{"nestedList": list}
}
