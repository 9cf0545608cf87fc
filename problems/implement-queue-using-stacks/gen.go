//go:build ignore

package main

import "math/rand/v2"

// generate builds 100-call sequences, the most the constraints allow: a
// random mix, fifty pushes drained by fifty pops, and a pattern that keeps
// pushing while the output stack still holds older elements.
func generate() []GenCase {
	r := rand.New(rand.NewPCG(232, 100))
	const calls = 100

	type genCalls struct {
		ops  []string
		args [][]int
		size int
	}
	newCalls := func() *genCalls {
		return &genCalls{ops: []string{"MyQueue"}, args: [][]int{{}}}
	}
	call := func(c *genCalls, op string) {
		c.ops = append(c.ops, op)
		if op == "push" {
			c.args = append(c.args, []int{1 + r.IntN(9)})
			c.size++
			return
		}
		c.args = append(c.args, []int{})
		if op == "pop" {
			c.size--
		}
	}
	done := func(name string, c *genCalls) GenCase {
		return GenCase{Name: name, Input: map[string]any{"operations": c.ops, "arguments": c.args}}
	}

	mix := newCalls()
	for len(mix.ops) <= calls {
		k := r.IntN(10)
		switch {
		case mix.size == 0 && k >= 8:
			call(mix, "empty")
		case mix.size == 0 || k < 4:
			call(mix, "push")
		case k < 7:
			call(mix, "pop")
		case k < 9:
			call(mix, "peek")
		default:
			call(mix, "empty")
		}
	}

	fill := newCalls()
	for i := 0; i < 50; i++ {
		call(fill, "push")
	}
	for i := 0; i < 49; i++ {
		call(fill, "pop")
	}
	call(fill, "empty")

	// Two pushes, one pop, one peek, repeated: the output stack is rarely
	// empty when new elements arrive.
	saw := newCalls()
	for len(saw.ops) <= calls-4 {
		call(saw, "push")
		call(saw, "push")
		call(saw, "pop")
		call(saw, "peek")
	}
	for len(saw.ops) <= calls {
		call(saw, "empty")
	}

	return []GenCase{
		done("max-calls-random-mix", mix),
		done("max-calls-fill-then-drain", fill),
		done("max-calls-push-while-buffered", saw),
	}
}

// sized builds n calls after the constructor: n/2 pushes, then rounds of
// pop, peek, push and empty that keep about n/2 elements queued. The two
// stacks move each element once; a queue that pours everything from one
// stack to the other and back on every pop or peek does O(n) work per call.
func sized(n int) map[string]any {
	r := rand.New(rand.NewPCG(232, uint64(n)))
	ops := make([]string, 1, n+1)
	args := make([][]int, 1, n+1)
	ops[0], args[0] = "MyQueue", []int{}
	for len(ops) <= n/2 {
		ops = append(ops, "push")
		args = append(args, []int{1 + r.IntN(9)})
	}
	round := []string{"pop", "peek", "push", "empty"}
	for k := 0; len(ops) <= n; k++ {
		op := round[k%len(round)]
		ops = append(ops, op)
		if op == "push" {
			args = append(args, []int{1 + r.IntN(9)})
		} else {
			args = append(args, []int{})
		}
	}
	return map[string]any{"operations": ops, "arguments": args}
}
