//go:build ignore

package main

import "math/rand/v2"

// generate builds 5*10^4-call streams: random numbers queried after every few
// additions (sorting on each query costs O(n log n) every time), a long
// monotone run that keeps pushing elements across the two halves, and a stream
// of a handful of repeated values at the extremes.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(295, 50000))
	const calls = 50000

	type genStream struct {
		ops  []string
		args [][]int
	}
	newStream := func() *genStream {
		return &genStream{ops: []string{"MedianFinder"}, args: [][]int{{}}}
	}
	add := func(s *genStream, v int) {
		s.ops = append(s.ops, "addNum")
		s.args = append(s.args, []int{v})
	}
	query := func(s *genStream) {
		s.ops = append(s.ops, "findMedian")
		s.args = append(s.args, []int{})
	}
	done := func(name string, s *genStream) GenCase {
		return GenCase{Name: name, Input: map[string]any{"operations": s.ops, "arguments": s.args}}
	}

	// Random values, a query after every eight additions.
	random := newStream()
	for len(random.ops)+9 <= calls {
		for i := 0; i < 8; i++ {
			add(random, r.IntN(200001)-100000)
		}
		query(random)
	}

	// Increasing, then decreasing, with a query after every addition.
	mono := newStream()
	for v := -100000; len(mono.ops)+2 <= calls/2; v += 13 {
		add(mono, v)
		query(mono)
	}
	for v := 100000; len(mono.ops)+2 <= calls; v -= 11 {
		add(mono, v)
		query(mono)
	}

	// Only the values -10^5, -1, 0, 1, 10^5, queried often.
	few := []int{-100000, -1, 0, 1, 100000}
	dup := newStream()
	for len(dup.ops) < calls {
		if len(dup.ops) > 1 && r.IntN(3) == 0 {
			query(dup)
		} else {
			add(dup, few[r.IntN(len(few))])
		}
	}

	return []GenCase{
		done("large-random-query-every-eight", random),
		done("large-monotone-up-then-down", mono),
		done("large-few-distinct-extremes", dup),
	}
}

// sized builds n calls after the constructor: random numbers over the whole
// range, each addNum followed by a findMedian. The heaps pay O(log n) per
// addition; a solution that sorts the numbers on every query pays
// O(n log n) per query, O(n^2 log n) in all.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(295, uint64(n)))
	ops := make([]string, 1, n+1)
	args := make([][]int, 1, n+1)
	ops[0], args[0] = "MedianFinder", []int{}
	for len(ops) <= n {
		if len(ops)%2 == 1 {
			ops = append(ops, "addNum")
			args = append(args, []int{r.IntN(200001) - 100000})
		} else {
			ops = append(ops, "findMedian")
			args = append(args, []int{})
		}
	}
	return map[string]any{"operations": ops, "arguments": args}
}
