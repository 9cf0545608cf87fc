//go:build ignore

package main

import "math/rand/v2"

// genCalls collects one test's calls and tracks the stack's size, so that
// pop, top, peekMax and popMax are only made on a non-empty stack.
type genCalls struct {
	ops  []string
	args [][]int
	size int
}

func genNew() *genCalls {
	return &genCalls{ops: []string{"MaxStack"}, args: [][]int{{}}}
}

func (c *genCalls) push(x int) {
	c.ops = append(c.ops, "push")
	c.args = append(c.args, []int{x})
	c.size++
}

// query makes one of pop, top, peekMax, popMax; it pushes x instead when
// the stack is empty.
func (c *genCalls) query(op string, x int) {
	if c.size == 0 {
		c.push(x)
		return
	}
	c.ops = append(c.ops, op)
	c.args = append(c.args, []int{})
	if op == "pop" || op == "popMax" {
		c.size--
	}
}

func (c *genCalls) input() map[string]any {
	return map[string]any{"operations": c.ops, "arguments": c.args}
}

// genMaxCalls is the most calls a test makes besides the constructor.
const genMaxCalls = 100000

const genMaxVal = 10_000_000

var genQueries = []string{"pop", "top", "peekMax", "popMax"}

// generate builds 10^5-call sequences: the maximum always at the bottom of
// a stack of 66667 falling values (digging it out costs the whole stack per
// popMax), a random mix over the full value range, all-equal values and
// three distinct values (ties everywhere), and a rising stack emptied by pop
// while peekMax watches (the heap holds only stale maxima).
func generate() []GenCase {
	r := rand.New(rand.NewPCG(716, 100000))
	var out []GenCase

	bottom := genNew()
	for i := 0; i < 66667; i++ {
		bottom.push(genMaxVal - 3*i)
	}
	for len(bottom.ops) <= genMaxCalls {
		switch r.IntN(8) {
		case 0:
			bottom.query("top", 0)
		case 1:
			bottom.query("peekMax", 0)
		default:
			bottom.query("popMax", 0)
		}
	}
	out = append(out, GenCase{Name: "large-max-at-bottom", Input: bottom.input()})

	mix := genNew()
	for len(mix.ops) <= genMaxCalls {
		x := r.IntN(2*genMaxVal+1) - genMaxVal
		if r.IntN(2) == 0 {
			mix.push(x)
		} else {
			mix.query(genQueries[r.IntN(4)], x)
		}
	}
	out = append(out, GenCase{Name: "large-random-mix", Input: mix.input()})

	equal := genNew()
	for len(equal.ops) <= genMaxCalls {
		if len(equal.ops) < 50000 || r.IntN(3) == 0 {
			equal.push(-7)
		} else {
			equal.query(genQueries[r.IntN(4)], -7)
		}
	}
	out = append(out, GenCase{Name: "large-all-equal", Input: equal.input()})

	few := genNew()
	for len(few.ops) <= genMaxCalls {
		x := (r.IntN(3) - 1) * genMaxVal
		if r.IntN(5) < 3 {
			few.push(x)
		} else {
			few.query(genQueries[r.IntN(4)], x)
		}
	}
	out = append(out, GenCase{Name: "large-three-values", Input: few.input()})

	rising := genNew()
	for i := 0; i < 40000; i++ {
		rising.push(-genMaxVal + 2*i)
	}
	for len(rising.ops) <= genMaxCalls {
		rising.query("pop", 0)
		rising.query("peekMax", 0)
		if len(rising.ops)%7 == 0 {
			rising.query("top", 0)
		}
	}
	out = append(out, GenCase{Name: "large-rising-popped", Input: rising.input()})
	return out
}

// sized makes n calls (the constructor included): n/2 pushes of falling
// values, so the maximum always sits at the bottom, then popMax calls with
// a peekMax and a top after every second one. The intended structure does
// O(log n) per call; digging the maximum out through a buffer, or scanning
// the stack for it, costs the whole stack per popMax: about n^2/8 steps.
func sized(n int) map[string]any {
	c := genNew()
	for len(c.ops) < n/2 {
		c.push(genMaxVal - len(c.ops))
	}
	for i := 0; len(c.ops) < n; i++ {
		switch i % 4 {
		case 0, 1:
			c.query("popMax", 0)
		case 2:
			c.query("peekMax", 0)
		default:
			c.query("top", 0)
		}
	}
	return c.input()
}
