//go:build ignore

package main

import "math/rand/v2"

const (
	genInts  = 50000   // integers per large test
	genTop   = 500     // most top-level elements
	genDepth = 5000    // deepest nesting
	genMaxV  = 1000000 // values lie in [-genMaxV, genMaxV]
)

// genCalls is the tests' call sequence for iterating over nested: a
// hasNext before every next (twice when double is set), and a final
// hasNext.
func genCalls(nested []any, ints int, double bool) map[string]any {
	ops := []string{"NestedIterator"}
	args := []any{[]any{nested}}
	for range ints {
		ops = append(ops, "hasNext")
		args = append(args, []any{})
		if double {
			ops = append(ops, "hasNext")
			args = append(args, []any{})
		}
		ops = append(ops, "next")
		args = append(args, []any{})
	}
	ops = append(ops, "hasNext")
	args = append(args, []any{})
	return map[string]any{"operations": ops, "arguments": args}
}

func genValue(r *rand.Rand) int { return r.IntN(2*genMaxV+1) - genMaxV }

// genNestedChain is [v,[v,[v,...]]], depth levels deep with one integer on each.
func genNestedChain(r *rand.Rand, depth int) []any {
	var inner []any
	for range depth {
		if inner == nil {
			inner = []any{genValue(r)}
		} else {
			inner = []any{genValue(r), inner}
		}
	}
	return inner
}

// genRandomNested is a random list of integers, sublists and empty lists,
// spending at most *budget integers.
func genRandomNested(r *rand.Rand, depth int, budget *int) []any {
	list := []any{}
	for n := r.IntN(12); n > 0 && *budget > 0; n-- {
		switch k := r.IntN(10); {
		case k < 5 || depth >= 40:
			list = append(list, genValue(r))
			*budget--
		case k < 8:
			list = append(list, genRandomNested(r, depth+1, budget))
		default:
			list = append(list, []any{})
		}
	}
	return list
}

// genSingletons is one list holding n one-element lists: opening each
// costs a splicing iterator the length of everything after it.
func genSingletons(r *rand.Rand, n int) []any {
	inner := make([]any, n)
	for i := range inner {
		inner[i] = []any{genValue(r)}
	}
	return []any{inner}
}

// generate builds 5*10^4-integer structures: a long list of one-element
// lists (quadratic for iterators that splice or copy what remains), ten
// chains 5000 levels deep, 500 random top-level shapes with empty lists,
// integers buried between empty lists with a tail of empty lists, and 500
// flat lists read with every hasNext asked twice. Any iterator that redoes
// O(n) work per call runs out of time on all of them.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(341, 5))

	deep := make([]any, 10)
	for i := range deep {
		deep[i] = genNestedChain(r, genDepth)
	}

	random := make([]any, genTop)
	for i := range random {
		budget := genInts / genTop
		random[i] = genRandomNested(r, 2, &budget)
	}

	// Each top-level list holds 125 blocks [v, [], [[]]]; the last 100
	// top-level elements are empty lists nested a few deep.
	empties := make([]any, genTop)
	for i := range empties {
		if i >= genTop-100 {
			empties[i] = []any{[]any{}, []any{[]any{}}}
			continue
		}
		var l []any
		for range genInts / (genTop - 100) {
			l = append(l, genValue(r), []any{}, []any{[]any{}})
		}
		empties[i] = l
	}

	flat := make([]any, genTop)
	for i := range flat {
		l := make([]any, genInts/genTop)
		for j := range l {
			l[j] = genValue(r)
		}
		flat[i] = l
	}

	cases := []struct {
		name   string
		nested []any
		double bool
	}{
		{"large-long-list-of-singletons", genSingletons(r, genInts), false},
		{"large-ten-chains-5000-deep", deep, false},
		{"large-random-shapes-with-empty-lists", random, false},
		{"large-empty-lists-everywhere", empties, false},
		{"large-flat-lists-double-has-next", flat, true},
	}
	out := make([]GenCase, len(cases))
	for i, c := range cases {
		out[i] = GenCase{Name: c.name, Input: genCalls(c.nested, genCount(c.nested), c.double)}
	}
	return out
}

// genCount is how many integers nested holds.
func genCount(nested []any) int {
	n := 0
	for _, e := range nested {
		if l, ok := e.([]any); ok {
			n += genCount(l)
		} else {
			n++
		}
	}
	return n
}

// sized is n one-element lists inside one list, read to the end: the
// reference does O(1) per call, an iterator that splices lists in front of
// the unread rest or flattens again per call does O(n).
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(341, uint64(n)))
	return genCalls(genSingletons(r, n), n, false)
}
