//go:build ignore

package main

import "math/rand/v2"

// generate builds 3*10^4-call sequences: a tall stack queried for its minimum
// after every push (a scan-the-stack getMin does ~n^2/2 work), a random mix
// over the whole int32 range, and a sawtooth full of repeated minimums.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(155, 30000))
	const calls = 30000

	type genSeq struct {
		ops  []string
		args [][]int
		size int
	}
	newSeq := func() *genSeq { return &genSeq{ops: []string{"MinStack"}, args: [][]int{{}}} }
	push := func(s *genSeq, v int) {
		s.ops = append(s.ops, "push")
		s.args = append(s.args, []int{v})
		s.size++
	}
	call := func(s *genSeq, op string) {
		s.ops = append(s.ops, op)
		s.args = append(s.args, []int{})
		if op == "pop" {
			s.size--
		}
	}
	done := func(name string, s *genSeq) GenCase {
		return GenCase{Name: name, Input: map[string]any{"operations": s.ops, "arguments": s.args}}
	}

	// Tall stack, minimum at the bottom, getMin after each push.
	tall := newSeq()
	push(tall, -1<<31)
	for len(tall.ops) < calls-1 {
		push(tall, r.IntN(1<<31))
		call(tall, "getMin")
	}

	// Random mix over the full value range.
	mix := newSeq()
	for len(mix.ops) < calls {
		switch k := r.IntN(10); {
		case mix.size == 0 || k < 4:
			push(mix, r.IntN(1<<32)-1<<31)
		case k < 6:
			call(mix, "pop")
		case k < 8:
			call(mix, "top")
		default:
			call(mix, "getMin")
		}
	}

	// Sawtooth: grow with many copies of a few small values, then shrink,
	// checking the minimum all the way down.
	saw := newSeq()
	for len(saw.ops)+1500+40 <= calls {
		for i := 0; i < 500; i++ {
			push(saw, r.IntN(4)-2)
		}
		for saw.size > 20 {
			call(saw, "pop")
			call(saw, "getMin")
		}
	}
	for saw.size > 0 {
		call(saw, "getMin")
		call(saw, "pop")
	}

	return []GenCase{
		done("large-tall-stack-getmin-after-push", tall),
		done("large-random-mix-full-range", mix),
		done("large-sawtooth-repeated-minimums", saw),
	}
}

// sized makes n calls (the constructor included): the smallest int32 at the
// bottom, then pushes of random values each followed by getMin for three
// quarters of the calls, then pop, top and getMin in turn. Every call is O(1)
// for the intended stack; one that scans the stack for its minimum does about
// n^2/8 steps on this tall stack.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(155, uint64(n)))
	ops := []string{"MinStack"}
	args := [][]int{{}}
	genAdd := func(op string, a ...int) {
		ops = append(ops, op)
		args = append(args, append([]int{}, a...))
	}
	genAdd("push", -1<<31)
	size := 1
	for len(ops) < 3*n/4 {
		genAdd("push", r.IntN(2_000_000_001)-1_000_000_000)
		genAdd("getMin")
		size++
	}
	for i := 0; len(ops) < n; i++ {
		switch {
		case i%3 == 0 && size > 1:
			genAdd("pop")
			size--
		case i%3 == 1:
			genAdd("top")
		default:
			genAdd("getMin")
		}
	}
	return map[string]any{"operations": ops, "arguments": args}
}
